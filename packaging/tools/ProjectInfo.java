import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;

/**
 * Writes the jpackage options that describe the product (version, description, vendor,
 * copyright, homepage, maintainer) from the Maven project, so that nothing about the release is
 * written twice. Run by build.sh with the JDK's source launcher:
 *
 * <pre>java packaging/tools/ProjectInfo.java POM VERSION_PROPERTIES TYPE OUT_ARGFILE</pre>
 *
 * VERSION_PROPERTIES is analysis' filtered mlwb-version.properties (what {@code mlwb --version}
 * prints). Prints "MAVEN_VERSION PACKAGE_VERSION" on stdout. Each installer format restricts the
 * version: a .deb takes the Maven version with "-QUALIFIER" as "~QUALIFIER" (sorts before the
 * release, as a snapshot should); an .msi takes MAJOR.MINOR.BUILD (255.255.65535 at most); a macOS
 * bundle takes one to three integers, and JDK 17's jpackage refuses a first number of 0 (see
 * packaging/README.md, "macOS").
 */
public final class ProjectInfo {
    private static final Pattern VERSION = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-.](.+))?");

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ProjectInfo POM VERSION_PROPERTIES TYPE OUT_ARGFILE");
            System.exit(2);
        }
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of(args[0]).toFile());
        XPath x = XPathFactory.newInstance().newXPath();
        String mavenVersion = mavenVersion(Path.of(args[1]));
        String type = args[2];
        String description = required(x.evaluate("/project/description", pom), "description");
        String vendor = required(x.evaluate("/project/organization/name", pom), "organization/name");
        String url = required(x.evaluate("/project/url", pom), "url");
        String year = required(x.evaluate("/project/inceptionYear", pom), "inceptionYear");
        String email = required(x.evaluate("/project/developers/developer[1]/email", pom), "developers/developer/email");
        String license = required(x.evaluate("/project/licenses/license[1]/name", pom), "licenses/license/name");

        String packageVersion = packageVersion(mavenVersion, type);
        List<String> lines = new ArrayList<>();
        lines.add("# written by packaging/tools/ProjectInfo.java from pom.xml (Maven version " + mavenVersion + ")");
        if (System.getProperty("os.name").startsWith("Mac") && packageVersion.startsWith("0.")) {
            // JDK 17's jpackage refuses a macOS app-version whose first number is 0; the bundle's
            // Info.plist (packaging/macos/Info.plist, filled in by build.sh) carries the real one
            lines.add("# jpackage 17 refuses a macOS app-version starting with 0: Info.plist has " + packageVersion);
            lines.add("--app-version \"1.0.0\"");
        } else {
            lines.add("--app-version " + quote(packageVersion));
        }
        lines.add("--description " + quote(description.replaceAll("\\s+", " ").replaceAll("\\.$", "")));
        lines.add("--vendor " + quote(vendor));
        lines.add("--copyright " + quote("Copyright " + year + " " + vendor + "; licensed under " + license));
        if (!type.equals("app-image")) {
            lines.add("--about-url " + quote(url)); // a package option: jpackage refuses it for an app-image
        }
        if (type.equals("deb")) {
            lines.add("--linux-deb-maintainer " + quote(email));
        }
        Files.write(Path.of(args[3]), lines);
        System.out.println(mavenVersion + " " + packageVersion);
    }

    private static String mavenVersion(Path properties) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(properties)) {
            p.load(in);
        }
        String v = p.getProperty("version", "");
        if (v.isBlank() || v.contains("${")) {
            throw new IllegalStateException(properties + " has no filtered version (is it from a Maven build?)");
        }
        return v.strip();
    }

    /** The version each installer format accepts, derived from the Maven version. */
    static String packageVersion(String maven, String type) {
        Matcher m = VERSION.matcher(maven);
        if (!m.matches()) {
            throw new IllegalArgumentException("Maven version '" + maven + "' does not start with MAJOR[.MINOR[.PATCH]]");
        }
        int major = Integer.parseInt(m.group(1));
        int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        String numeric = major + "." + minor + "." + patch;
        String qualifier = m.group(4) == null ? "" : m.group(4);
        switch (type) {
            case "deb":
                // Debian upstream versions allow [A-Za-z0-9.+~]; "~" sorts before the release
                return qualifier.isEmpty() ? numeric : numeric + "~" + qualifier.replaceAll("[^A-Za-z0-9.+~]", ".");
            case "msi":
                if (major > 255 || minor > 255 || patch > 65535) {
                    throw new IllegalArgumentException("an .msi version is at most 255.255.65535; Maven has " + maven);
                }
                return numeric;
            case "dmg":
            case "app-image":
                return numeric;
            default:
                throw new IllegalArgumentException("unknown package type " + type);
        }
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("pom.xml has no " + what);
        }
        return value.strip();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
