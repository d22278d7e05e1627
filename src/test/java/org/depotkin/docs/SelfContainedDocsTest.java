package org.depotkin.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A fresh clone holds every document any file cites: README.md, docs/, the model files' source notes
 * and the Javadoc and comments of the sources. Checked: relative Markdown links, every mention of a
 * {@code .md} document (resolved beside the citing file or from the repository root), every
 * {@code doc.md §N} section (a heading numbered N in that document), no section cited without its
 * document ({@code ref §9.1}) and no mention of the developers' folder outside the repository.
 */
class SelfContainedDocsTest {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]+)(#[^)\\s]*)?\\)");
    static final Pattern DOCUMENT = Pattern.compile("(?<![\\w./-])((?:[\\w.-]+/)*[\\w-]+\\.md)(?![\\w-])(?: §(\\d+(?:\\.\\d+)?))?");
    static final Pattern URL = Pattern.compile("(https?|file)://\\S+");
    static final Pattern BARE_SECTION = Pattern.compile("\\b(ref|reference|DESIGN|WORKLOADS) §");
    static final Pattern OUTSIDE = Pattern.compile("\\.\\./shared|(?<!\\w)shared/(bench|reference|seeds|DESIGN)");

    @Test
    void everyCitedDocumentIsInTheRepository() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path f : files()) {
            String rel = ROOT.relativize(f).toString().replace('\\', '/');
            List<String> lines = Files.readAllLines(f);
            for (int i = 0; i < lines.size(); i++) {
                for (String p : check(f, lines.get(i))) {
                    problems.add(rel + ":" + (i + 1) + ": " + p);
                }
            }
        }
        assertEquals(List.of(), problems, "citations that do not resolve inside the repository");
    }

    /** The checker itself, on lines that must fail and lines that must pass. */
    @Test
    void theCheckerCatchesWhatItShould() {
        Path readme = ROOT.resolve("README.md");
        Path model = ROOT.resolve("models/compounds/naltrexone.yaml");
        // the checker's own bad examples are assembled, so that this file cites nothing itself
        String outside = ".." + "/shared/" + "DESIGN" + ".md";
        assertTrue(check(readme, "See `" + outside + "`.").stream().anyMatch(p -> p.contains("outside")));
        assertTrue(check(model, "source: \"fitted (ref §9.1)\"").get(0).contains("without naming"));
        assertTrue(check(model, "source: \"bench/" + "WORKLOADS" + ".md §1\"").get(0).contains("no such document"));
        assertTrue(check(readme, "[x](docs/nothing.md)").get(0).contains("no such file"));
        assertTrue(check(readme, "docs/sources.md §99").get(0).contains("no section 99"));
        assertEquals(List.of(), check(model, "source: \"fitted (docs/sources.md §9.1)\""));
        assertEquals(List.of(), check(readme, "[blockade](docs/blockade.md), [plot](plots/regimens-concentration.png)"));
        assertEquals(List.of(), check(ROOT.resolve("docs/bench.md"), "see [workloads.md](workloads.md) §7 and "
                + "https://example.org/README.md"));
    }

    /** What is wrong on one line of {@code file}; empty when nothing is. */
    static List<String> check(Path file, String line) {
        List<String> out = new ArrayList<>();
        if (OUTSIDE.matcher(line).find()) {
            out.add("points outside the repository (the developers' shared folder)");
        }
        if (BARE_SECTION.matcher(line).find()) {
            out.add("cites a section without naming a document in the repository: " + line.strip());
        }
        Matcher link = LINK.matcher(line);
        while (link.find()) {
            String target = link.group(1);
            if (!target.contains("://") && !target.startsWith("mailto:")
                    && !Files.exists(file.getParent().resolve(target))) {
                out.add("link to no such file: " + target);
            }
        }
        Matcher doc = DOCUMENT.matcher(URL.matcher(line).replaceAll(" "));
        while (doc.find()) {
            Path target = resolve(file, doc.group(1));
            if (target == null) {
                out.add("cites no such document: " + doc.group(1));
            } else if (doc.group(2) != null && !hasSection(target, doc.group(2))) {
                out.add(doc.group(1) + " has no section " + doc.group(2));
            }
        }
        return out;
    }

    /** A cited document beside the citing file or from the repository root, or null. */
    private static Path resolve(Path citing, String name) {
        for (Path p : new Path[] {citing.getParent().resolve(name), ROOT.resolve(name)}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        return null;
    }

    /** True when the document has a heading numbered {@code section} ({@code ## 9.} or {@code ### 9.1}). */
    private static boolean hasSection(Path doc, String section) {
        Pattern heading = Pattern.compile("^#{2,4} " + Pattern.quote(section) + "[. ].*");
        try (Stream<String> lines = Files.lines(doc)) {
            return lines.anyMatch(l -> heading.matcher(l).matches());
        } catch (IOException e) {
            return false;
        }
    }

    /** README.md, docs/, models/ and the Java sources (but this file, whose examples must fail). */
    private static List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>(List.of(ROOT.resolve("README.md")));
        for (String dir : List.of("docs", "models", "src")) {
            try (Stream<Path> s = Files.walk(ROOT.resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml")
                        || p.toString().endsWith(".java")).filter(p -> !p.endsWith("docs/SelfContainedDocsTest.java"))
                        .sorted().forEach(out::add);
            }
        }
        return out;
    }
}
