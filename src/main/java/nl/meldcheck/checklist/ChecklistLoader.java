package nl.meldcheck.checklist;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads checklists strictly: every problem of a file (and of the files it extends) is collected
 * and reported together as {@code file:line:col: message}; a checklist that loads is fully
 * validated, with patterns compiled and {@code extends} resolved.
 *
 * <p>Built-ins are the classpath resources {@code checklists/<id>.yaml}, listed in
 * {@code checklists/index.txt}; the build copies the top-level {@code checklists/} folder there.
 */
public final class ChecklistLoader {
  private static final String RESOURCE_DIR = "checklists/";

  private ChecklistLoader() {}

  /**
   * Loads a user's checklist file. Its {@code extends} may name a built-in id, or a path relative to
   * the file (anything ending in {@code .yaml}/{@code .yml} or containing a slash).
   */
  public static Checklist load(Path file) throws ChecklistException {
    return loadTop(Source.file(file));
  }

  /** Loads a built-in checklist by id. */
  public static Checklist builtIn(String id) throws ChecklistException {
    if (!Ids.isName(id) || resource(id) == null) {
      throw new ChecklistException(List.of(RESOURCE_DIR + id + ".yaml:1:1: " + noBuiltIn(id)));
    }
    return loadTop(Source.builtIn(id));
  }

  /** Ids of the built-in checklists, in the order of {@code checklists/index.txt}. */
  public static List<String> builtInIds() {
    InputStream in = ChecklistLoader.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + "index.txt");
    if (in == null) {
      return List.of();
    }
    List<String> ids = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String id = line.strip();
        if (!id.isEmpty() && !id.startsWith("#")) {
          ids.add(id);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the built-in checklist index", e);
    }
    return List.copyOf(ids);
  }

  /** A built-in id when there is one by that name, else a path. */
  public static Checklist resolve(String idOrPath) throws ChecklistException {
    if (builtInIds().contains(idOrPath)) {
      return builtIn(idOrPath);
    }
    Path path = Path.of(idOrPath);
    if (!Files.exists(path) && Ids.isName(idOrPath)) {
      throw new ChecklistException(List.of(idOrPath + ":1:1: " + noBuiltIn(idOrPath) + ", and no file by that name"));
    }
    return load(path);
  }

  private static Checklist loadTop(Source source) throws ChecklistException {
    Problems problems = new Problems();
    Checklist c = load(source, new ArrayList<>(), problems);
    problems.throwIfAny();
    if (c == null) {
      throw new IllegalStateException("checklist " + source.name() + " failed without a problem reported");
    }
    return c;
  }

  /** Loads {@code source}; {@code chain} holds the keys of the files extending it, for cycles. */
  private static Checklist load(Source source, List<Source> chain, Problems problems) {
    String text;
    try {
      text = source.read();
    } catch (NoSuchFileException e) {
      problems.add(new SourceRef(source.name(), 1, 1), "file not found");
      return null;
    } catch (CharacterCodingException e) {
      problems.add(new SourceRef(source.name(), 1, 1), "not UTF-8 text");
      return null;
    } catch (IOException e) {
      problems.add(new SourceRef(source.name(), 1, 1), "cannot read the file: " + e.getMessage());
      return null;
    }
    YamlNode root = YamlReader.read(source.name(), text, problems);
    if (root == null) {
      return null;
    }
    List<Source> here = new ArrayList<>(chain);
    here.add(source);
    return ChecklistReader.read(root, source.name(), problems, (ref, at) -> parent(source, ref, at, here, problems));
  }

  private static Checklist parent(Source child, String ref, SourceRef at, List<Source> chain, Problems problems) {
    Source parent;
    if (ref.endsWith(".yaml") || ref.endsWith(".yml") || ref.contains("/") || ref.contains("\\")) {
      if (child.dir() == null) {
        problems.add(at, "a built-in checklist can only extend another built-in, not the file '" + ref + "'");
        return null;
      }
      Path p = child.dir().resolve(ref).normalize();
      if (!Files.isRegularFile(p)) {
        problems.add(at, "unknown parent checklist: file '" + ref + "' not found (paths are relative to this file)");
        return null;
      }
      Path shown = Path.of(child.name()).resolveSibling(ref).normalize();
      parent = new Source("file:" + p.toAbsolutePath(), shown.toString(), p.toAbsolutePath().getParent());
    } else if (Ids.isName(ref) && resource(ref) != null) {
      parent = Source.builtIn(ref);
    } else {
      problems.add(at, "unknown parent checklist '" + ref + "': " + noBuiltIn(ref)
          + " (a file path must end in .yaml)");
      return null;
    }
    int loop = chain.stream().map(Source::key).toList().indexOf(parent.key());
    if (loop >= 0) {
      List<String> names = new ArrayList<>();
      for (Source s : chain.subList(loop, chain.size())) {
        names.add(Path.of(s.name()).getFileName().toString());
      }
      names.add(Path.of(parent.name()).getFileName().toString());
      problems.add(at, "'extends' makes a cycle: " + String.join(" -> ", names));
      return null;
    }
    return load(parent, chain, problems);
  }

  private static String noBuiltIn(String id) {
    List<String> ids = builtInIds();
    String closest = Suggest.closest(id, ids);
    return "no built-in checklist '" + id + "'" + (closest == null ? "" : " (did you mean '" + closest + "'?)")
        + "; built-in: " + (ids.isEmpty() ? "none" : String.join(", ", ids));
  }

  private static java.net.URL resource(String id) {
    return ChecklistLoader.class.getClassLoader().getResource(RESOURCE_DIR + id + ".yaml");
  }

  /**
   * Where a checklist comes from.
   *
   * @param key identity for cycle detection ("file:" + absolute path, or "builtin:" + id)
   * @param name how messages name it
   * @param dir directory that relative {@code extends} paths start from; null for built-ins
   */
  private record Source(String key, String name, Path dir) {
    static Source file(Path p) {
      Path abs = p.toAbsolutePath().normalize();
      return new Source("file:" + abs, p.toString(), abs.getParent());
    }

    static Source builtIn(String id) {
      return new Source("builtin:" + id, RESOURCE_DIR + id + ".yaml", null);
    }

    /** The text, without a byte order mark (editors on Windows add one). */
    String read() throws IOException {
      String text = readRaw();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private String readRaw() throws IOException {
      if (dir == null) {
        try (InputStream in = ChecklistLoader.class.getClassLoader().getResourceAsStream(name)) {
          if (in == null) {
            throw new NoSuchFileException(name);
          }
          return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
        }
      }
      return Files.readString(Path.of(key.substring(5)), StandardCharsets.UTF_8);
    }
  }
}
