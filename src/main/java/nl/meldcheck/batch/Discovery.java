package nl.meldcheck.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Finds the organisations of a batch: one sub-directory each, or one manifest row each. */
public final class Discovery {
  /** The metadata file of an organisation directory. */
  static final Set<String> METADATA = Set.of("organisation.yaml", "organisation.yml");
  /** Files in an organisation directory that are never its meldcode (the samples' labels). */
  private static final Set<String> IGNORED = Set.of("expected.yaml", "expected.yml");
  /** Status of an organisation whose organisation.yaml is no valid YAML or names a file outside its directory. */
  static final String INVALID_METADATA = "invalid_metadata";
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private Discovery() {}

  /** A manifest when the path is a file, else a directory of organisation directories. */
  public static List<Organisation> discover(Path input) throws IOException {
    return Files.isDirectory(input) ? fromDirectory(input) : fromManifest(input);
  }

  /**
   * How many organisations {@link #discover} will find, roughly and at once (a directory listing
   * or a line count), so that the worker processes can be started before discovery and still
   * be sized to the batch; 0 when the input cannot be read (discovery then reports why).
   */
  public static int estimate(Path input) {
    try {
      if (Files.isDirectory(input)) {
        try (Stream<Path> s = Files.list(input)) {
          return (int) s.filter(p -> !p.getFileName().toString().startsWith(".")).filter(Files::isDirectory).count();
        }
      }
      try (Stream<String> lines = Files.lines(input, java.nio.charset.StandardCharsets.UTF_8)) {
        return (int) Math.max(0, lines.filter(l -> !l.isBlank()).count() - 1);
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }

  public static List<Organisation> fromDirectory(Path dir) throws IOException {
    List<Path> subdirs;
    try (Stream<Path> s = Files.list(dir)) {
      subdirs = s.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
    Set<String> slugs = new HashSet<>();
    List<Organisation> out = new ArrayList<>();
    for (Path d : subdirs) {
      out.add(fromOrgDir(d, unique(slug(d.getFileName().toString()), slugs)));
    }
    return out;
  }

  private static Organisation fromOrgDir(Path d, String slug) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(d)) {
      files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
    Path meta = null;
    List<Path> candidates = new ArrayList<>();
    List<Path> exports = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
      if (METADATA.contains(name)) {
        meta = f;
      } else if (IGNORED.contains(name)) {
        continue;
      } else if (Sniff.isExport(f)) {
        exports.add(f);
      } else if (Sniff.isCandidate(f)) {
        candidates.add(f);
      }
    }
    String name = d.getFileName().toString();
    String sector = "";
    String registration = "";
    String mapping = "";
    String decisionMaker = "";
    List<Path> inputs = new ArrayList<>();
    if (meta != null) {
      inputs.add(meta);
      JsonNode node;
      try {
        node = YAML.readTree(meta.toFile());
      } catch (IOException e) {
        return new Organisation(slug, name, "", "", candidates, inputs, INVALID_METADATA);
      }
      if (node != null && node.isObject()) {
        name = text(node, "name", name);
        sector = text(node, "sector", "");
        registration = text(node, "registration", text(node, "registration_number", text(node, "kvk", "")));
        mapping = text(node, "mapping", "");
        decisionMaker = text(node, "decision_maker", "");
        if (!mapping.isEmpty() && !nl.meldcheck.cases.MappingLoader.BUILT_IN.contains(mapping)) {
          Path file = d.resolve(mapping).normalize();
          if (!file.startsWith(d.normalize())) {
            return new Organisation(slug, name, sector, registration, List.of(), inputs, INVALID_METADATA);
          }
          mapping = file.toString();
          inputs.add(file);
        }
        String named = text(node, "document", "");
        if (!named.isEmpty()) {
          // the metadata names the meldcode: that settles two candidates, and a missing file is reported as such
          Path doc = d.resolve(named).normalize();
          if (!doc.startsWith(d.normalize())) {
            // organisation.yaml may come from the organisation: it must not make us read (and quote) other files
            return new Organisation(slug, name, sector, registration, List.of(), inputs, INVALID_METADATA);
          }
          candidates = List.of(doc);
        }
      }
    }
    inputs.addAll(candidates);
    inputs.addAll(exports);
    return new Organisation(slug, name, sector, registration, candidates, inputs, problem(candidates), exports,
        mapping, decisionMaker);
  }

  private static String problem(List<Path> documents) {
    return documents.isEmpty() ? Organisation.NO_DOCUMENT
        : documents.size() > 1 ? Organisation.MULTIPLE_DOCUMENTS : "";
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.isContainerNode() || v.asText().isBlank() ? fallback : v.asText().strip();
  }

  /**
   * A manifest: header {@code organisation,sector,document}, optionally {@code registration},
   * {@code export} (case exports) and {@code mapping}; several paths in one cell are separated by
   * ';'. Paths are relative to the manifest.
   */
  public static List<Organisation> fromManifest(Path manifest) throws IOException {
    Path base = manifest.toAbsolutePath().getParent();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
        .setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
    List<Organisation> out = new ArrayList<>();
    Set<String> slugs = new HashSet<>();
    try (Reader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8); CSVParser p = CSVParser.parse(r, format)) {
      Map<String, Integer> header = p.getHeaderMap();
      if (!header.containsKey("organisation") || !header.containsKey("document")) {
        throw new IOException(manifest + ": het manifest heeft de kolommen organisation, sector en document nodig"
            + " (gevonden: " + String.join(", ", header.keySet()) + ")");
      }
      for (CSVRecord rec : p) {
        String name = get(rec, "organisation");
        List<Path> docs = new ArrayList<>();
        for (String part : get(rec, "document").split(";")) {
          if (!part.isBlank()) {
            docs.add(base.resolve(part.strip()).normalize());
          }
        }
        List<Path> exports = new ArrayList<>();
        for (String part : get(rec, "export").split(";")) {
          if (!part.isBlank()) {
            exports.add(base.resolve(part.strip()).normalize());
          }
        }
        String mapping = get(rec, "mapping");
        List<Path> inputs = new ArrayList<>(docs);
        inputs.addAll(exports);
        if (!mapping.isEmpty() && !nl.meldcheck.cases.MappingLoader.BUILT_IN.contains(mapping)) {
          mapping = base.resolve(mapping).normalize().toString();
          inputs.add(Path.of(mapping));
        }
        String slug = unique(slug(name.isBlank() ? "organisatie-" + rec.getRecordNumber() : name), slugs);
        out.add(new Organisation(slug, name, get(rec, "sector"), get(rec, "registration"), docs, inputs, problem(docs),
            exports, mapping, get(rec, "decision_maker")));
      }
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      throw new IOException(manifest + ": het manifest is geen geldig CSV-bestand (" + e.getMessage() + ")", e);
    }
    return out;
  }

  private static String get(CSVRecord rec, String column) {
    return rec.isMapped(column) && rec.isSet(column) ? rec.get(column).strip() : "";
  }

  /** Lower-case ASCII letters, digits and dashes: safe as a file name on every system. */
  static String slug(String s) {
    String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > 80) {
      slug = slug.substring(0, 80).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "organisatie" : slug;
  }

  private static String unique(String slug, Set<String> taken) {
    String s = slug;
    for (int i = 2; !taken.add(s); i++) {
      s = slug + "-" + i;
    }
    return s;
  }
}
