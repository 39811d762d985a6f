package dev.mlwb.analysis.bundle;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Distinct names for the manifest's sources. A source named in the manifest keeps its name (two sources given the
 * same name are an error). A source without a name is called by its file name; when that name is taken by another
 * source, it is called by its path as written; when that is taken too (one file serving several sources), by its
 * path and role ({@code scored.csv (predictions)}), then with its dataset ({@code scored.csv (features canary)}),
 * and last with its position ({@code scored.csv (features canary) #3}). Every source that would share a name moves
 * on together, so the names do not depend on the order of the list.
 */
final class SourceNames {
    private SourceNames() {
    }

    /**
     * @param specs the sources as read, with their file name as the name when none was given
     * @param named whether each source's name was given in the manifest
     */
    static List<SourceSpec> assign(ManifestParser parser, List<SourceSpec> specs, List<Boolean> named)
            throws BundleException {
        Set<String> given = new HashSet<>();
        for (int i = 0; i < specs.size(); i++) {
            SourceSpec s = specs.get(i);
            if (named.get(i) && !given.add(s.name())) {
                throw parser.error(s.keyPath("name"), "\"" + s.name() + "\" names two sources; give each a distinct name");
            }
        }
        int[] level = new int[specs.size()];
        for (int round = 0; round < 4; round++) {
            Map<String, Integer> uses = new HashMap<>();
            for (int i = 0; i < specs.size(); i++) {
                uses.merge(name(specs.get(i), named.get(i), level[i]), 1, Integer::sum);
            }
            boolean moved = false;
            for (int i = 0; i < specs.size(); i++) {
                if (!named.get(i) && uses.get(name(specs.get(i), false, level[i])) > 1 && level[i] < 3) {
                    level[i]++;
                    moved = true;
                }
            }
            if (!moved) {
                break;
            }
        }
        List<SourceSpec> out = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            out.add(specs.get(i).withName(name(specs.get(i), named.get(i), level[i])));
        }
        return out;
    }

    private static String name(SourceSpec s, boolean named, int level) {
        if (named) {
            return s.name();
        }
        if (s.path().isEmpty()) {
            // a server or saved Prometheus responses: no path to name it by, the reader's default stands
            return level == 0 ? s.name() : s.name() + " #" + (s.index() + 1);
        }
        String file = Path.of(s.path()).getFileName().toString();
        String role = s.path() + " (" + s.role().key() + ")";
        String dataset = s.dataset().map(d -> s.path() + " (" + s.role().key() + " " + d + ")").orElse(role);
        return switch (level) {
            case 0 -> file;
            case 1 -> s.path();
            case 2 -> role.equals(dataset) ? role : dataset;
            default -> dataset + " #" + (s.index() + 1);
        };
    }
}
