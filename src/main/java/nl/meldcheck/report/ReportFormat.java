package nl.meldcheck.report;

import java.util.Locale;
import java.util.Optional;

/** The output formats, each with its CLI name and default file extension. */
public enum ReportFormat {
  TEXT("text", "txt"),
  JSON("json", "json"),
  HTML("html", "html"),
  MD("md", "md"),
  CSV("csv", "csv"),
  JUNIT("junit", "xml"),
  SARIF("sarif", "sarif"),
  XLSX("xlsx", "xlsx");

  private final String cliName;
  private final String extension;

  ReportFormat(String cliName, String extension) {
    this.cliName = cliName;
    this.extension = extension;
  }

  /** The name used in {@code --format NAME}. */
  public String cliName() {
    return cliName;
  }

  /** The default file extension, without dot. */
  public String extension() {
    return extension;
  }

  /** The CLI names, comma-separated, for error messages. */
  public static String names() {
    StringBuilder sb = new StringBuilder();
    for (ReportFormat f : values()) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(f.cliName());
    }
    return sb.toString();
  }

  /** The format for a {@code --format} name, case-insensitive; empty when unknown. */
  public static Optional<ReportFormat> byName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat format : values()) {
      if (format.cliName.equals(wanted)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  /** A new reporter for this format; formats without layout ignore the style. */
  public Reporter reporter(ReportStyle style) {
    return switch (this) {
      case TEXT -> new TextReporter(style);
      case JSON -> new JsonReporter();
      case HTML -> new HtmlReporter();
      case MD -> new MarkdownReporter();
      case CSV -> new CsvReporter();
      case JUNIT -> new JunitReporter();
      case SARIF -> new SarifReporter();
      case XLSX -> new XlsxReporter();
    };
  }
}
