# Reference inference for @lokus/geo's local Moran moments and the global General G, computed
# with R spdep.
#
# Usage (from the repository root; needs R with spdep, sf and jsonlite):
#   Rscript test/golden/geo/make-spdep-inference.R "$LOKUS_DATA_DIR" > test/golden/geo/spdep-inference.json
#
# LOKUS_DATA_DIR is the directory of the real district data (boundaries/desa-3321-demak.geojson,
# indicators/idm-2024.csv), as for make-spdep.R. The lattice and its variable y are those of
# make-spdep.R (same seed); General G needs positive values, so it uses g = y - min(y) + 1.
#
# localmoran(conditional = TRUE / FALSE, mlvar = TRUE, alternative = "two.sided") gives E.Ii,
# Var.Ii, Z.Ii and p under conditional and total randomisation (spdep scaling: Ii = z_i lag_i / m2,
# m2 = sum(z^2) / n). globalG.test with its defaults (adjust.n, B1correct, adjust.x) gives G,
# E(G), Var(G) and the standard deviate; p-values are one-sided ("greater"). Numbers have 15
# significant digits (jsonlite digits = NA).
suppressPackageStartupMessages({
  library(spdep)
  library(sf)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript make-spdep-inference.R <data directory>")
data_dir <- args[1]

local_moments <- function(y, lw) {
  cond <- localmoran(y, lw, conditional = TRUE, zero.policy = TRUE)
  tot <- localmoran(y, lw, conditional = FALSE, zero.policy = TRUE)
  list(
    Ii = unname(cond[, "Ii"]),
    conditional = list(E = unname(cond[, "E.Ii"]), V = unname(cond[, "Var.Ii"]),
                       Z = unname(cond[, "Z.Ii"]), p = unname(cond[, 5])),
    total = list(E = unname(tot[, "E.Ii"]), V = unname(tot[, "Var.Ii"]),
                 Z = unname(tot[, "Z.Ii"]), p = unname(tot[, 5]))
  )
}

global_g <- function(x, lw) {
  t <- suppressWarnings(globalG.test(x, lw, zero.policy = TRUE))
  list(G = unname(t$estimate[1]), EG = unname(t$estimate[2]), VG = unname(t$estimate[3]),
       z = as.numeric(t$statistic), pGreater = as.numeric(t$p.value))
}

set.seed(20240917)
nr <- 10; nc <- 10
row <- rep(0:(nr - 1), times = nc)
col <- rep(0:(nc - 1), each = nr)
y <- round(0.3 * row + 0.2 * col + rnorm(nr * nc), 6)
g <- y - min(y) + 1
queen <- cell2nb(nr, nc, type = "queen")
lwW <- nb2listw(queen, style = "W")
lwB <- nb2listw(queen, style = "B")

lattice <- list(
  y = y, g = g,
  localQueenW = local_moments(y, lwW),
  localQueenB = local_moments(y, lwB),
  generalGQueenB = global_g(g, lwB),
  generalGQueenW = global_g(g, lwW)
)

sf_use_s2(FALSE)
demak <- st_read(file.path(data_dir, "boundaries", "desa-3321-demak.geojson"), quiet = TRUE)
dq <- poly2nb(demak, queen = TRUE)
idm <- read.csv(file.path(data_dir, "indicators", "idm-2024.csv"), colClasses = c(kode = "character"))
v <- idm$idm[match(demak$kode, idm$kode)]
has <- !is.na(v)
dqs <- subset(dq, has)
vs <- v[has]
demakOut <- list(
  localIdmQueenW = local_moments(vs, nb2listw(dqs, style = "W", zero.policy = TRUE)),
  generalGIdmQueenB = global_g(vs, nb2listw(dqs, style = "B", zero.policy = TRUE))
)

out <- list(
  generator = paste0("R ", R.version$major, ".", R.version$minor, ", spdep ", packageVersion("spdep"),
                     ", sf ", packageVersion("sf")),
  lattice = lattice, demak = demakOut
)
cat(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null", pretty = FALSE))
cat("\n")
