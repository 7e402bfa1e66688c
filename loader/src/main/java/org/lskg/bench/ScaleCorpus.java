package org.lskg.bench;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A scale corpus for benchmarks: documents made by recombining the seed documents. Each generated document is
 * one seed with its province replaced by another (provinces.tsv), its ministries permuted (the gazetteer's
 * ministries), its years shifted by 0–3, its days of month, decimal figures and header number changed and its
 * runs of bullet items reordered. The output depends only on the seeds, the corpus seed and the index, so a
 * benchmark can be rerun on the same bytes.
 *
 * <p>For speed measurements only, never for accuracy: the variations keep the documents parseable and their
 * size and shape realistic, not their meaning (a shifted deadline may fall before its document's date).
 */
public final class ScaleCorpus {

    /** The seed province, the one every seed document is about. */
    static final String SEED_PROVINCE = "Lạng Sơn";
    /** Share of documents that keep the seed province, so the canned queries (about Lạng Sơn) still find rows. */
    private static final double KEEP_SEED_PROVINCE = 0.25;
    /** The number a generated document's header gets is this plus its index: unique within a corpus. */
    private static final int FIRST_NUMBER = 1000;

    private static final String PROVINCES = "/org/lskg/data/provinces.tsv";
    private static final String GAZETTEER = "/org/lskg/data/gazetteer.ttl";
    private static final Node PREF_LABEL = NodeFactory.createURI("http://www.w3.org/2004/02/skos/core#prefLabel");
    /** A ministry's full name; "Bộ Chính trị" (the Politburo) and "Bộ Chỉ huy ..." (commands) are not ministries. */
    private static final Pattern MINISTRY = Pattern.compile("Bộ (?!Chính trị|Chỉ huy)\\p{Lu}[^,;()]*");

    private static final Pattern HEADER_NUMBER = Pattern.compile("(?m)^(Số:)[ \\t]*\\d*[ \\t]*/");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)20[0-4]\\d(?!\\d)");
    private static final Pattern DAY_WORDS = Pattern.compile("(ngày )(\\d{1,2})(?= tháng)");
    private static final Pattern DAY_SLASH = Pattern.compile("(?<![\\d/])(\\d{1,2})(?=/\\d{1,2}/20\\d\\d)");
    private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.,])(\\d{1,3}),(\\d{1,2})(?![\\d,])");
    private static final Pattern BULLET = Pattern.compile("^[-+•] ");

    /** One seed document: its file name and text. */
    public record Seed(String name, String text) {}

    private final List<Seed> seeds;
    private final List<String> provinces;
    private final List<String> ministries;

    ScaleCorpus(List<Seed> seeds, List<String> provinces, List<String> ministries) {
        if (seeds.isEmpty()) throw new IllegalArgumentException("no seed documents");
        this.seeds = List.copyOf(seeds);
        this.provinces = List.copyOf(provinces);
        this.ministries = List.copyOf(ministries);
    }

    /** The generator over the {@code *.txt} and {@code *.md} files of {@code seedDir}, in name order. */
    public static ScaleCorpus fromSeeds(Path seedDir) {
        List<Seed> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(seedDir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
                    .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md"))
                    .sorted().toList()) {
                seeds.add(new Seed(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed documents in " + seedDir + ": " + e.getMessage(), e);
        }
        if (seeds.isEmpty()) throw new IllegalArgumentException("no *.txt or *.md seed documents in " + seedDir);
        return new ScaleCorpus(seeds, readProvinces(), readMinistries());
    }

    /** The file name of the document at {@code index}: sorts in index order up to 10 million documents. */
    public static String fileName(int index) {
        return String.format("gen-%07d.txt", index);
    }

    /** The text of the document at {@code index} of the corpus numbered {@code corpusSeed}. */
    public String document(long corpusSeed, int index) {
        SplittableRandom random = new SplittableRandom(corpusSeed * 0x9E3779B97F4A7C15L + index);
        Seed seed = seeds.get(index % seeds.size());
        String text = reorderBullets(seed.text(), random);
        text = replaceNames(text, names(random));
        int shift = random.nextInt(4);
        text = YEAR.matcher(text).replaceAll(m -> String.valueOf(Integer.parseInt(m.group()) + shift));
        text = DAY_WORDS.matcher(text).replaceAll(m -> m.group(1) + day(m.group(2), random));
        text = DAY_SLASH.matcher(text).replaceAll(m -> day(m.group(1), random));
        text = DECIMAL.matcher(text).replaceAll(m -> digits(m.group(1), random) + "," + digits(m.group(2), random));
        String number = String.valueOf(FIRST_NUMBER + index);
        return HEADER_NUMBER.matcher(text).replaceFirst(m -> m.group(1) + " " + number + "/");
    }

    /**
     * Writes documents {@code 0 .. count-1} into {@code dir} (created if needed) and returns their paths in
     * index order; {@code progress} hears the count written after each document.
     */
    public List<Path> write(Path dir, int count, long corpusSeed, IntConsumer progress) {
        List<Path> files = new ArrayList<>(count);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                Path f = dir.resolve(fileName(i));
                Files.writeString(f, document(corpusSeed, i), StandardCharsets.UTF_8);
                files.add(f);
                progress.accept(i + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the scale corpus into " + dir + ": " + e.getMessage(), e);
        }
        return files;
    }

    /** Writes the one document at {@code index} into {@code dir} (created if needed) and returns its path. */
    public Path writeOne(Path dir, int index, long corpusSeed) {
        try {
            Files.createDirectories(dir);
            Path f = dir.resolve(fileName(index));
            Files.writeString(f, document(corpusSeed, index), StandardCharsets.UTF_8);
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + fileName(index) + " into " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Each document's name mapping: the seed province to another, every ministry to another ministry. */
    private Map<String, String> names(SplittableRandom random) {
        Map<String, String> map = new LinkedHashMap<>();
        if (!provinces.isEmpty() && random.nextDouble() >= KEEP_SEED_PROVINCE) {
            map.put(SEED_PROVINCE, provinces.get(random.nextInt(provinces.size())));
        }
        List<String> shuffled = new ArrayList<>(ministries);
        shuffle(shuffled, random);
        for (int i = 0; i < ministries.size(); i++) {
            map.put(ministries.get(i), shuffled.get(i));
        }
        return map;
    }

    /** Replaces every key of {@code map} in one pass, longest first, so that no replacement is replaced again. */
    static String replaceNames(String text, Map<String, String> map) {
        if (map.isEmpty()) return text;
        String alternation = map.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        Matcher m = Pattern.compile(alternation).matcher(text);
        return m.replaceAll(r -> Matcher.quoteReplacement(map.get(r.group())));
    }

    /** Shuffles every run of two or more consecutive bullet lines ("- ", "+ ", "• "), keeping the other lines. */
    static String reorderBullets(String text, SplittableRandom random) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && BULLET.matcher(lines.get(j)).find()) j++;
            if (j - i >= 2) shuffle(lines.subList(i, j), random);
            i = Math.max(j, i + 1);
        }
        return String.join("\n", lines);
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int k = list.size() - 1; k > 0; k--) {
            Collections.swap(list, k, random.nextInt(k + 1));
        }
    }

    /** A day of month 1–28, as wide as the original ("08" stays two digits). */
    private static String day(String original, SplittableRandom random) {
        int d = 1 + random.nextInt(28);
        return original.length() == 2 ? String.format("%02d", d) : String.valueOf(d);
    }

    /** As many random digits as {@code original}, without a leading zero unless the original had one. */
    private static String digits(String original, SplittableRandom random) {
        StringBuilder b = new StringBuilder(original.length());
        for (int k = 0; k < original.length(); k++) {
            boolean leading = k == 0 && original.length() > 1 && original.charAt(0) != '0';
            b.append((char) ('0' + (leading ? 1 + random.nextInt(9) : random.nextInt(10))));
        }
        return b.toString();
    }

    /** The provinces (unit "tỉnh") other than the seed's, that existed before 2025. */
    private static List<String> readProvinces() {
        List<String> names = new ArrayList<>();
        try (InputStream in = resource(PROVINCES);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith("#") || line.isBlank()) continue;
                String[] cols = line.split("\t", -1);
                if (cols.length > 3 && cols[1].equals("tỉnh") && cols[3].isEmpty() && !cols[2].equals(SEED_PROVINCE)) {
                    names.add(cols[2]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** The ministries of the gazetteer, by their preferred label, sorted. */
    private static List<String> readMinistries() {
        Graph g = GraphFactory.createDefaultGraph();
        try (InputStream in = resource(GAZETTEER)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TreeSet<String> names = new TreeSet<>();
        g.find(Node.ANY, PREF_LABEL, Node.ANY).forEachRemaining(t -> {
            String label = t.getObject().getLiteralLexicalForm();
            if (MINISTRY.matcher(label).matches()) names.add(label);
        });
        return List.copyOf(names);
    }

    private static InputStream resource(String name) {
        InputStream in = ScaleCorpus.class.getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("missing resource " + name);
        return in;
    }
}
