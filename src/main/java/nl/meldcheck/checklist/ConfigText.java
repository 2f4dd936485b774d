package nl.meldcheck.checklist;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads a user's YAML file (waivers, reviews) as UTF-8 text, with the same located errors as checklists. */
final class ConfigText {
  private ConfigText() {}

  /** The text without a byte order mark; a missing or unreadable file is a problem at 1:1. */
  static String read(Path file) throws ChecklistException {
    String name = file.toString();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ChecklistException(List.of(name + ":1:1: file not found"));
    } catch (CharacterCodingException e) {
      throw new ChecklistException(List.of(name + ":1:1: not UTF-8 text"));
    } catch (IOException e) {
      throw new ChecklistException(List.of(name + ":1:1: cannot read the file: " + e.getMessage()));
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
