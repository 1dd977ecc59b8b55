# Reference class breaks for @lokus/core's map classification, computed with R's classInt.
#
# Usage (from the repository root):
#   Rscript test/golden/classify/make-classint.R <calempdensity.csv> > test/golden/classify/classint.json
#
# <calempdensity.csv> is PySAL's `calemp` example (employment density of the 58 California
# counties), shipped with libpysal in libpysal/examples/calemp/ (Debian: python3-libpysal).
#
# Bins follow mapclassify's convention (inclusive upper bounds, ascending; class j holds
# bins[j-1] < x <= bins[j]); classInt's breaks are converted to it as noted per scheme, and counts
# are computed here with that convention. Missing values (null in the JSON) are dropped first.
suppressPackageStartupMessages({
  library(classInt)
  library(jsonlite)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: Rscript make-classint.R <calempdensity.csv>")
calemp <- read.csv(args[1], check.names = FALSE)[["emp/sq km"]]

# Data sets with a fixed seed: skewed with ties, many ties, IDM-like values, and missing values.
set.seed(20240901)
skewed <- round(rlnorm(500, meanlog = 2, sdlog = 1), 1)
ties <- sample(c(0, 0, 0, 1, 2, 3, 5, 8, 13), 200, replace = TRUE)
idm <- round(runif(300, 0.40, 0.90), 4)
missing <- round(rexp(120, rate = 0.2), 2)
missing[c(3, 17, 44, 90)] <- NA

# Counts under mapclassify's convention: first class whose upper bound is >= x.
counts_for <- function(x, bins) {
  cls <- vapply(x, function(v) which(bins >= v)[1], integer(1))
  tabulate(cls, nbins = length(bins))
}

result <- function(x, bins) list(bins = bins, counts = counts_for(x, bins))

classify_all <- function(x) {
  x <- x[is.finite(x)]
  out <- list()
  for (k in c(3, 5, 7)) {
    # classInt switches to its "unique" style when k reaches the number of distinct values.
    if (length(unique(x)) <= k) next
    # quantile: R type 7 breaks, minimum dropped, ties collapsed (mapclassify's np.unique).
    q <- classIntervals(x, k, style = "quantile", type = 7, warnSmallN = FALSE)
    out[[paste0("quantile-", k)]] <- result(x, unique(q$brks[-1]))
    # equal: seq(min, max, length.out = k + 1), minimum dropped.
    e <- classIntervals(x, k, style = "equal")
    out[[paste0("equal-interval-", k)]] <- result(x, e$brks[-1])
    # fisher: classInt returns midpoints between classes; the class maxima are mapclassify's bins.
    f <- classIntervals(x, k, style = "fisher", warnLargeN = FALSE)
    inner <- f$brks[-c(1, length(f$brks))]
    bins <- c(vapply(inner, function(b) max(x[x <= b]), numeric(1)), max(x))
    out[[paste0("fisher-jenks-", k)]] <- result(x, bins)
  }
  # headtails: thr = 1 continues until the head has one value (mapclassify's rule);
  # thr = 0.4 is Jiang's 40 % rule (classInt's default). Minimum dropped.
  for (thr in c(1, 0.4)) {
    h <- classIntervals(x, style = "headtails", thr = thr)
    out[[paste0("head-tail-", thr)]] <- result(x, h$brks[-1])
  }
  # std-mean: mapclassify's StdMean (mean + c(-2, -1, 1, 2) * sd, n - 1 denominator, max appended
  # when above the last cut). classInt's "sd" style differs (pretty() breaks on z-scores) so the
  # cuts are computed here with base R.
  cuts <- mean(x) + c(-2, -1, 1, 2) * sd(x)
  if (cuts[4] < max(x)) cuts <- c(cuts, max(x))
  out[["std-mean"]] <- result(x, cuts)
  # box: classInt's "box" (type 7 quartiles, 1.5 IQR) gives (lower end, lower fence, Q1, Q2, Q3,
  # upper fence, upper end); mapclassify's BoxPlot bins are lower fence, Q1, Q2, Q3, then the upper
  # fence and max when the fence is below max, else the fence alone.
  b <- classIntervals(x, style = "box", iqr_mult = 1.5, type = 7)$brks
  bins <- b[2:6]
  if (b[6] < max(x)) bins <- c(bins, max(x))
  out[["box-plot"]] <- result(x, bins)
  # IDM status, Permendesa 2/2016 thresholds; last bin max(1, max(x)) as in lokus.
  idm_cut <- cut(x, c(-Inf, 0.4907, 0.5989, 0.7072, 0.8155, Inf), right = TRUE)
  out[["idm-status"]] <- list(
    bins = c(0.4907, 0.5989, 0.7072, 0.8155, max(1, max(x))),
    counts = as.integer(table(idm_cut))
  )
  out
}

data_sets <- list(calemp = calemp, skewed = skewed, ties = ties, idm = idm, missing = missing)
doc <- list(
  source = paste0(
    "R ", R.version$major, ".", R.version$minor, ", classInt ",
    as.character(packageVersion("classInt")), ", set.seed(20240901)"
  ),
  generator = "test/golden/classify/make-classint.R",
  dataSets = lapply(data_sets, function(x) list(values = x, results = classify_all(x)))
)
cat(toJSON(doc, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), "\n")
