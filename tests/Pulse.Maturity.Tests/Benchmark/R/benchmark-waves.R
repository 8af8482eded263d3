# Expected values for tests/Pulse.Maturity.Tests/Benchmark (BenchmarkStatisticsTests, WaveComparerTests,
# DriversTests): the same two generated waves as BenchmarkWaves.cs, computed with R's own functions.
#
# Run from this folder:   Rscript benchmark-waves.R
# (R 4.2.2, Debian r-base-core; base R only.) It prints C# literals that were pasted into the tests.
#
# Each wave is one row per organisation: its construct scores (0-100), active_share, two indicators
# (TRUE/FALSE/NA = undecided), whether it has a community and whether its results are withheld.
# Preconditions and the index are derived as in the test: usage = the mean of its three constructs,
# goals = goal_level, index = the mean of usage and goals; each NA when a part is missing.
# They are written as (a + b + c) / 3, not mean(), so R and C# round identically and ties stay ties.

wave1 <- read.table(header = TRUE, text = "
slug   community withheld usefulness ease colleagues goal_level active_share ind_a ind_b
a01 TRUE FALSE 0 75 50 25 34 TRUE FALSE
a02 TRUE FALSE 0 12.5 87.5 25 27.5 TRUE TRUE
a03 TRUE FALSE 75 0 0 37.5 NA NA TRUE
a04 TRUE FALSE 75 100 0 87.5 46.9 NA TRUE
a05 TRUE FALSE 37.5 0 62.5 87.5 36.2 NA FALSE
a06 TRUE FALSE 100 25 75 62.5 55.1 FALSE FALSE
a07 TRUE FALSE 50 50 50 0 34.1 TRUE TRUE
a08 TRUE FALSE 0 100 87.5 62.5 31 FALSE TRUE
a09 TRUE FALSE 37.5 50 12.5 75 36.5 TRUE TRUE
a10 TRUE FALSE 37.5 37.5 100 0 37.8 FALSE TRUE
a11 TRUE FALSE 62.5 25 50 0 34.8 FALSE FALSE
a12 TRUE FALSE 37.5 62.5 75 50 54.7 FALSE TRUE
a13 TRUE FALSE 75 25 75 87.5 48 FALSE TRUE
a14 TRUE FALSE 50 75 50 87.5 50.2 FALSE FALSE
a15 TRUE FALSE 50 50 50 50 32.1 FALSE FALSE
a16 TRUE FALSE 0 25 25 87.5 19.8 TRUE TRUE
a17 TRUE FALSE 75 25 62.5 75 42 FALSE FALSE
a18 TRUE FALSE 25 37.5 50 0 26.8 FALSE FALSE
a19 TRUE FALSE 50 50 50 0 34.1 FALSE FALSE
a20 TRUE FALSE 50 37.5 37.5 100 43.5 FALSE TRUE
a21 TRUE FALSE 75 25 87.5 25 50.2 FALSE FALSE
a22 TRUE FALSE 0 37.5 100 75 NA FALSE TRUE
a23 TRUE FALSE 87.5 12.5 100 0 59.4 FALSE TRUE
a24 TRUE FALSE 12.5 100 75 12.5 46.6 FALSE FALSE
a25 TRUE FALSE 37.5 62.5 75 50 54.7 FALSE TRUE
a26 TRUE FALSE 37.5 62.5 37.5 87.5 41.5 FALSE TRUE
a27 TRUE FALSE 25 12.5 12.5 12.5 18.8 TRUE FALSE
a28 TRUE FALSE 12.5 12.5 62.5 25 38.6 FALSE TRUE
a29 TRUE FALSE 12.5 87.5 37.5 75 34 FALSE FALSE
a30 TRUE FALSE 0 37.5 0 12.5 23 FALSE TRUE
a31 TRUE FALSE 62.5 50 75 NA 40 TRUE NA
a32 TRUE FALSE 37.5 25 NA 50 20.5 NA FALSE
a33 FALSE FALSE NA NA NA NA NA NA NA
a34 TRUE TRUE NA NA NA NA NA NA NA
")

wave2 <- read.table(header = TRUE, text = "
slug   community withheld usefulness ease peer_use goal_level active_share ind_a ind_c
b01 TRUE FALSE 75 62.5 100 50 72.7 NA FALSE
b02 TRUE FALSE 62.5 87.5 50 37.5 47.6 FALSE FALSE
b03 TRUE FALSE 50 50 75 100 49.1 TRUE TRUE
b04 TRUE FALSE 25 0 75 87.5 30.7 FALSE FALSE
b05 TRUE FALSE 50 100 100 87.5 64.4 TRUE TRUE
b06 TRUE FALSE 37.5 25 87.5 87.5 48.2 FALSE TRUE
b07 TRUE FALSE 50 25 100 62.5 46.8 TRUE TRUE
b08 TRUE FALSE 100 75 87.5 25 82.8 TRUE FALSE
b09 TRUE FALSE 50 100 75 37.5 57.7 FALSE TRUE
b10 TRUE FALSE 62.5 25 25 87.5 57 TRUE TRUE
b11 TRUE FALSE 37.5 62.5 62.5 75 42.3 TRUE TRUE
b12 TRUE FALSE 75 37.5 100 62.5 73.4 TRUE TRUE
b13 TRUE FALSE 87.5 50 0 50 43.2 FALSE TRUE
b14 TRUE FALSE 50 50 87.5 87.5 56.9 FALSE FALSE
b15 TRUE FALSE 62.5 100 100 100 63.1 TRUE TRUE
b16 TRUE FALSE 37.5 25 87.5 37.5 18.3 FALSE FALSE
b17 TRUE FALSE 87.5 50 25 100 42.3 FALSE FALSE
b18 TRUE FALSE 75 100 62.5 100 60.5 TRUE TRUE
b19 TRUE FALSE 87.5 75 50 37.5 61.5 FALSE FALSE
b20 TRUE FALSE 25 0 75 50 23.6 FALSE TRUE
b21 TRUE FALSE 37.5 75 37.5 50 27.8 TRUE TRUE
b22 TRUE FALSE 75 75 62.5 75 50.4 FALSE TRUE
b23 TRUE FALSE 87.5 50 75 100 71.4 FALSE TRUE
b24 TRUE FALSE 100 50 50 100 60.8 TRUE TRUE
b25 TRUE FALSE 87.5 62.5 37.5 75 54.9 FALSE TRUE
b26 TRUE FALSE 75 50 25 62.5 52.1 TRUE TRUE
b27 TRUE FALSE 75 37.5 100 25 67 TRUE FALSE
b28 TRUE FALSE 62.5 75 12.5 37.5 47.6 TRUE TRUE
")

derive <- function(w, third) {
  w$usage <- (w$usefulness + w$ease + w[[third]]) / 3
  w$goals <- w$goal_level
  w$index <- (w$usage + w$goals) / 2
  w
}
wave1 <- derive(wave1, "colleagues")
wave2 <- derive(wave2, "peer_use")

num <- function(x) if (is.na(x)) "null" else sprintf("%.10g", x)

cat("// Distributions of wave 1: n, mean, median, Q1, Q3, min, max (quantile type 7)\n")
for (id in c("index", "usage", "goals", "usefulness", "ease", "colleagues", "goal_level")) {
  x <- na.omit(wave1[[id]])
  q <- quantile(x, c(0.5, 0.25, 0.75), type = 7, names = FALSE)
  cat(sprintf('["%s"] = new(%d, %s, %s, %s, %s, %s, %s),\n', id, length(x), num(mean(x)),
              num(q[1]), num(q[2]), num(q[3]), num(min(x)), num(max(x))))
}

cat("\n// Percentiles of wave 1 (share strictly lower + half the share equal, x 100), per organisation:\n")
cat("// index, usage, goals, usefulness, ease, colleagues, goal_level\n")
percentile <- function(s, x) 100 * (sum(x < s) + sum(x == s) / 2) / length(x)
for (i in seq_len(nrow(wave1))) {
  values <- sapply(c("index", "usage", "goals", "usefulness", "ease", "colleagues", "goal_level"), function(id) {
    s <- wave1[[id]][i]
    if (is.na(s)) NA else percentile(s, na.omit(wave1[[id]]))
  })
  cat(sprintf('["%s"] = [%s],\n', wave1$slug[i], paste(sapply(values, num), collapse = ", ")))
}

cat("\n// Ranking of wave 1: rank(-index, ties.method = \"min\"), by index descending, then slug\n")
scored <- wave1[!is.na(wave1$index), ]
scored$rank <- rank(-scored$index, ties.method = "min")
scored <- scored[order(-scored$index, scored$slug), ]
cat(paste(sprintf('(%d, "%s", %s)', scored$rank, scored$slug, sapply(scored$index, num)), collapse = ",\n"), "\n")

cat("\n// Indicators of wave 1: x, n, estimate, prop.test(x, n, correct = FALSE)$conf.int\n")
for (id in c("ind_a", "ind_b")) {
  v <- na.omit(wave1[[id]])
  t <- prop.test(sum(v), length(v), correct = FALSE)
  cat(sprintf('("%s", %d, %d, %s, %s, %s),\n', id, sum(v), length(v), num(t$estimate), num(t$conf.int[1]), num(t$conf.int[2])))
}

cat("\n// Wave 1 against wave 2: prop.test(c(x1, x2), c(n1, n2), correct = FALSE)$p.value\n")
a1 <- na.omit(wave1$ind_a); a2 <- na.omit(wave2$ind_a)
cat(sprintf('("ind_a", %d, %d, %d, %d, %s),\n', sum(a1), length(a1), sum(a2), length(a2),
            num(prop.test(c(sum(a1), sum(a2)), c(length(a1), length(a2)), correct = FALSE)$p.value)))

cat("\n// Wave 1 against wave 2: mean1, n1, mean2, n2, t.test(a, b)$p.value (Welch)\n")
for (id in c("index", "usage", "goals", "usefulness", "ease", "goal_level")) {
  a <- na.omit(wave1[[id]]); b <- na.omit(wave2[[id]])
  cat(sprintf('("%s", %s, %d, %s, %d, %s),\n', id, num(mean(a)), length(a), num(mean(b)), length(b), num(t.test(a, b)$p.value)))
}

cat("\n// Drivers of wave 1: scored organisations with every Usage score and an active_share\n")
d <- wave1[!is.na(wave1$index) & !is.na(wave1$active_share), ]
fit <- summary(lm(active_share ~ usefulness + ease + colleagues, data = d))
cat(sprintf("// n = %d, R2 = %s\n", nrow(d), num(fit$r.squared)))
co <- fit$coefficients
for (term in rownames(co)) {
  cat(sprintf('("%s", %s, %s, %s),\n', term, num(co[term, 1]), num(co[term, 2]), num(co[term, 4])))
}
cat("// cor.test(x, active_share): r, p\n")
for (id in c("usefulness", "ease", "colleagues")) {
  ct <- cor.test(d[[id]], d$active_share)
  cat(sprintf('("%s", %s, %s),\n', id, num(ct$estimate), num(ct$p.value)))
}
