package dev.mlwb.benchmarks.canary;

import java.util.SplittableRandom;

/** Random draws for the generator: uniform, log-uniform, normal, Poisson, binomial and Bernoulli. */
final class Draw {
    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Log-uniform: as many draws between 800 and 1,600 as between 6,000 and 12,000. */
    double logUniform(double lo, double hi) {
        return Math.exp(uniform(Math.log(lo), Math.log(hi)));
    }

    int between(int lo, int hiInclusive) {
        return lo + random.nextInt(hiInclusive - lo + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    double normal() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    /** Poisson: inversion below a mean of 30, else the normal approximation (rounded, at least 0). */
    long poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean < 30) {
            double l = Math.exp(-mean);
            long k = 0;
            double p = random.nextDouble();
            double cumulative = l;
            double term = l;
            while (p > cumulative && k < 1000) {
                k++;
                term *= mean / k;
                cumulative += term;
            }
            return k;
        }
        return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal()));
    }

    /** Binomial: exact below 50 trials, Poisson for rare events, else the normal approximation. */
    long binomial(long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n < 50) {
            long k = 0;
            for (long i = 0; i < n; i++) {
                if (random.nextDouble() < p) {
                    k++;
                }
            }
            return k;
        }
        double mean = n * p;
        double variance = mean * (1 - p);
        if (variance < 25) {
            return Math.min(n, p < 0.5 ? poisson(mean) : n - poisson(n * (1 - p)));
        }
        return Math.max(0, Math.min(n, Math.round(mean + Math.sqrt(variance) * normal())));
    }

    /** Shares summing to 1, none below {@code min}: a broken stick with a floor. */
    double[] shares(int k, double min) {
        double[] raw = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            raw[i] = -Math.log(1 - random.nextDouble());
            sum += raw[i];
        }
        double free = 1 - k * min;
        for (int i = 0; i < k; i++) {
            raw[i] = min + free * raw[i] / sum;
        }
        return raw;
    }
}
