# Reference spatial weights and statistics for @lokus/geo, computed with R spdep.
#
# Usage (from the repository root; needs R with spdep, sf and jsonlite):
#   Rscript test/golden/geo/make-spdep.R "$LOKUS_DATA_DIR" > test/golden/geo/spdep.json
#
# LOKUS_DATA_DIR is the directory of the real district data, kept outside the repository (see the
# repository README); it holds boundaries/desa-3321-demak.geojson and indicators/idm-2024.csv.
#
# Conventions of the output: neighbour lists are 0-based and sorted; numbers have 15 significant
# digits (jsonlite digits = NA), ample for the 1e-10 tolerances of the tests. Local Moran values
# are spdep's (Ii = z_i / m2 * lag_i with m2 = sum(z^2) / n); the tests convert them to esda's
# scaling (times (n - 1) / n). localG returns z-values; Gi* uses include.self() with binary
# weights (style B) or row-standardised weights (style W). p.adjust(method = "BH") gives the
# reference FDR adjustments.
suppressPackageStartupMessages({
  library(spdep)
  library(sf)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript make-spdep.R <data directory>")
data_dir <- args[1]

nb0 <- function(nb) lapply(nb, function(x) I(if (length(x) == 1 && x[1] == 0) integer(0) else sort(as.integer(x) - 1L)))

moran_ref <- function(y, lw) {
  r <- moran.test(y, lw, randomisation = TRUE, zero.policy = TRUE)
  n <- moran.test(y, lw, randomisation = FALSE, zero.policy = TRUE)
  list(
    I = unname(r$estimate[1]), EI = unname(r$estimate[2]),
    varRand = unname(r$estimate[3]), zRand = unname(r$statistic),
    varNorm = unname(n$estimate[3]), zNorm = unname(n$statistic),
    pRandGreater = r$p.value, pNormGreater = n$p.value
  )
}

local_ref <- function(y, lw) {
  lm <- localmoran(y, lw, zero.policy = TRUE)
  list(
    Ii = unname(lm[, "Ii"]), EIi = unname(lm[, "E.Ii"]), VarIi = unname(lm[, "Var.Ii"]),
    ZIi = unname(lm[, "Z.Ii"]), p = unname(lm[, 5]),
    pBH = p.adjust(unname(lm[, 5]), method = "BH")
  )
}

# (a) 10 x 10 lattice. cell2nb orders cells with the row index fastest: cell k (0-based) is at
# row k %% 10, column k %/% 10. y is a seeded variable with a trend, so it is autocorrelated.
set.seed(20240917)
nr <- 10; nc <- 10
row <- rep(0:(nr - 1), times = nc)
col <- rep(0:(nc - 1), each = nr)
y <- round(0.3 * row + 0.2 * col + rnorm(nr * nc), 6)
queen <- cell2nb(nr, nc, type = "queen")
rook <- cell2nb(nr, nc, type = "rook")
lwW <- nb2listw(queen, style = "W")
lwB <- nb2listw(queen, style = "B")
lwRookW <- nb2listw(rook, style = "W")
lwStar <- nb2listw(include.self(queen), style = "B")
lwStarW <- nb2listw(include.self(queen), style = "W")

# Jittered points for k-nearest and distance-band neighbours (ties have probability zero).
set.seed(7)
px <- round(runif(60, 0, 10), 6)
py <- round(runif(60, 0, 10), 6)
pts <- cbind(px, py)
knn4 <- knn2nb(knearneigh(pts, k = 4))
band <- dnearneigh(pts, 0, 1.8)
lwKnn <- nb2listw(knn4, style = "W")

lattice <- list(
  nrow = nr, ncol = nc, y = y,
  queen = nb0(queen), rook = nb0(rook),
  moranQueenW = moran_ref(y, lwW),
  moranQueenB = moran_ref(y, lwB),
  moranRookW = moran_ref(y, lwRookW),
  localMoranQueenW = local_ref(y, lwW),
  localMoranQueenB = local_ref(y, lwB),
  giStarB = as.numeric(localG(y, lwStar)),
  giStarW = as.numeric(localG(y, lwStarW)),
  giB = as.numeric(localG(y, lwB)),
  giW = as.numeric(localG(y, lwW))
)

points <- list(
  x = px, y = py,
  knn4 = nb0(knn4),
  band18 = nb0(band),
  moranKnn4W = moran_ref(py + px, lwKnn)
)

# (b) Demak village polygons, planar in lon/lat as in the GeoJSON (no s2, no projection).
sf_use_s2(FALSE)
demak <- st_read(file.path(data_dir, "boundaries", "desa-3321-demak.geojson"), quiet = TRUE)
dq <- poly2nb(demak, queen = TRUE)
dr <- poly2nb(demak, queen = FALSE)
idm <- read.csv(file.path(data_dir, "indicators", "idm-2024.csv"), colClasses = c(kode = "character"))
v <- idm$idm[match(demak$kode, idm$kode)]
has <- !is.na(v)
dqs <- subset(dq, has)
lwd <- nb2listw(dqs, style = "W", zero.policy = TRUE)
lwdB <- nb2listw(dqs, style = "B", zero.policy = TRUE)
lwdStar <- nb2listw(include.self(dqs), style = "B", zero.policy = TRUE)
vs <- v[has]
demakOut <- list(
  kode = demak$kode,
  queen = nb0(dq), rook = nb0(dr),
  idm = ifelse(has, v, NA),
  moranIdmQueenW = moran_ref(vs, lwd),
  moranIdmQueenB = moran_ref(vs, lwdB),
  localMoranIdmQueenW = local_ref(vs, lwd),
  giStarIdmB = as.numeric(localG(vs, lwdStar, zero.policy = TRUE)),
  giIdmW = as.numeric(localG(vs, lwd, zero.policy = TRUE))
)

out <- list(
  generator = paste0("R ", R.version$major, ".", R.version$minor, ", spdep ", packageVersion("spdep"),
                     ", sf ", packageVersion("sf")),
  lattice = lattice, points = points, demak = demakOut
)
cat(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null", pretty = FALSE))
cat("\n")
