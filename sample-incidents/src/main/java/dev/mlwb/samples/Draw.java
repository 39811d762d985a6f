package dev.mlwb.samples;

import java.util.SplittableRandom;

/** Deterministic random draws for the generators (same seed, same bundle, on every JVM). */
final class Draw {
    private final SplittableRandom random;

    Draw(long seed) {
        this.random = new SplittableRandom(seed);
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    int index(int n) {
        return random.nextInt(n);
    }

    /** {@code k} distinct numbers from 0 to {@code n} − 1, in random order (partial Fisher–Yates). */
    int[] sample(int n, int k) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        return java.util.Arrays.copyOf(all, k);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A standard normal draw (Box–Muller). */
    double gaussian() {
        double u1 = Math.max(random.nextDouble(), 1e-300);
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    double normal(double mean, double sd) {
        return mean + sd * gaussian();
    }

    /** A Poisson count: exact for small means, normal approximation above 50. */
    long poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 50) {
            return Math.max(0, Math.round(normal(mean, Math.sqrt(mean))));
        }
        double l = Math.exp(-mean);
        long k = 0;
        double p = 1;
        do {
            k++;
            p *= random.nextDouble();
        } while (p > l);
        return k - 1;
    }

    /** A binomial count: exact for small n, normal approximation when the variance is large. */
    long binomial(long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        double var = n * p * (1 - p);
        if (var > 25) {
            return Math.max(0, Math.min(n, Math.round(normal(n * p, Math.sqrt(var)))));
        }
        long k = 0;
        for (long i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                k++;
            }
        }
        return k;
    }
}
