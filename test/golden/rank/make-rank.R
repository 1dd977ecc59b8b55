# Reference ranks for @lokus/core's rankScores tie policies, computed with base R's rank().
#
# Usage (from the repository root; needs R with jsonlite):
#   Rscript test/golden/rank/make-rank.R > test/golden/rank/rank.json
#
# rankScores gives rank 1 to the highest score, so the reference ranks -score. Missing scores stay
# missing (na.last = "keep"). R's "first" breaks ties by position; the scores below are listed in
# village-code order, so position order is code order, rankScores's rule. Ranks within each
# kecamatan use ave() over the same groups.
suppressPackageStartupMessages(library(jsonlite))

set.seed(20261202)
n <- 40
score <- sample(c(1:12, 12, 7, 7, 7), n, replace = TRUE)  # many ties
score[c(5, 23)] <- NA
kecamatan <- rep(c("010", "020", "030"), length.out = n)
methods <- c("min", "average", "max", "dense", "first")

dense_rank <- function(x) {
  r <- match(-x, sort(unique(-x)))
  r
}
rank_by <- function(x, m) {
  if (m == "dense") return(dense_rank(x))
  rank(-x, ties.method = m, na.last = "keep")
}

overall <- setNames(lapply(methods, function(m) rank_by(score, m)), methods)
within <- setNames(lapply(methods, function(m) ave(score, kecamatan, FUN = function(x) rank_by(x, m))), methods)

out <- list(
  generator = paste0("R ", R.version$major, ".", R.version$minor, ", base rank()"),
  score = score, kecamatan = kecamatan,
  rank = overall, rankInKecamatan = within
)
cat(toJSON(out, digits = NA, auto_unbox = TRUE, na = "null", pretty = FALSE))
cat("\n")
