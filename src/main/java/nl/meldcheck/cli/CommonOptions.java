package nl.meldcheck.cli;

import nl.meldcheck.checklist.Checklist;
import nl.meldcheck.checklist.ChecklistException;
import nl.meldcheck.checklist.ChecklistLoader;
import nl.meldcheck.checklist.Lang;
import picocli.CommandLine.Option;

/** Options several commands share. */
final class CommonOptions {
  @Option(names = "--checklist", paramLabel = "ID|FILE", defaultValue = "basis",
      description = "Built-in checklist id or a checklist YAML file (default: ${DEFAULT-VALUE}).")
  String checklist;

  @Option(names = "--lang", paramLabel = "nl|en", defaultValue = "nl",
      description = "Language of report texts: nl (default) or en.")
  Lang lang;

  Checklist loadChecklist() throws ChecklistException {
    return ChecklistLoader.resolve(checklist);
  }
}
