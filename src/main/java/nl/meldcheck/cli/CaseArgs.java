package nl.meldcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.meldcheck.cases.CaseOptions;
import nl.meldcheck.cases.CasesConfigException;
import nl.meldcheck.cases.Mapping;
import nl.meldcheck.cases.MappingLoader;
import nl.meldcheck.cases.Pseudonymiser;
import picocli.CommandLine.Option;

/** The options that say how to read and judge case exports; shared by {@code audit} and {@code cases}. */
final class CaseArgs {
  @Option(names = "--mapping", paramLabel = "NAME|FILE", defaultValue = "canonical",
      description = "Built-in mapping (canonical, zorgdossier, leerlingvolg) or a mapping YAML file (default: ${DEFAULT-VALUE}).")
  String mapping;

  @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the mapping's, else the first).")
  String sheet;

  @Option(names = "--decision-maker", paramLabel = "ROLE",
      description = "The role the meldcode names as final decision-maker (CASE-BESLISSER). With audit, default: the role the document names.")
  String decisionMaker;

  @Option(names = "--lead-time-norm", paramLabel = "DAYS",
      description = "The organisation's own norm from signal to decision, in days (CASE-DOORLOOPTIJD).")
  Integer leadTimeNorm;

  @Option(names = "--pseudonymise-key-file", paramLabel = "FILE",
      description = "Replace case ids by keyed pseudonyms (HMAC-SHA256); the key is read from this file.")
  Path keyFile;

  @Option(names = "--pseudonymise-key-env", paramLabel = "NAME",
      description = "As --pseudonymise-key-file, with the key in this environment variable (never on the command line).")
  String keyEnv;

  /** The options as command-line arguments again (paths absolute), for batch's worker processes. */
  java.util.List<String> asArgs() {
    java.util.List<String> a = new java.util.ArrayList<>();
    a.add("--mapping");
    a.add(MappingLoader.BUILT_IN.contains(mapping) ? mapping : Path.of(mapping).toAbsolutePath().toString());
    if (sheet != null) {
      a.add("--sheet");
      a.add(sheet);
    }
    if (decisionMaker != null) {
      a.add("--decision-maker");
      a.add(decisionMaker);
    }
    if (leadTimeNorm != null) {
      a.add("--lead-time-norm");
      a.add(String.valueOf(leadTimeNorm));
    }
    // the key itself never goes on a command line: the worker reads the same file or variable
    if (keyFile != null) {
      a.add("--pseudonymise-key-file");
      a.add(keyFile.toAbsolutePath().toString());
    }
    if (keyEnv != null) {
      a.add("--pseudonymise-key-env");
      a.add(keyEnv);
    }
    return a;
  }

  /** True when any case option was given (they mean nothing without an export). */
  boolean given() {
    return !"canonical".equals(mapping) || sheet != null || decisionMaker != null || leadTimeNorm != null
        || keyFile != null || keyEnv != null;
  }

  /** The mapping named or loaded; exit 2 with every problem when it is wrong. */
  Mapping mapping() {
    try {
      if (MappingLoader.BUILT_IN.contains(mapping)) {
        return MappingLoader.builtIn(mapping);
      }
      if (!Files.isRegularFile(Path.of(mapping))) {
        throw new UserException(ExitCode.CONFIG, "--mapping '" + mapping + "': geen ingebouwde koppeling en geen"
            + " bestand; kies uit " + String.join(", ", MappingLoader.BUILT_IN) + " of geef een YAML-bestand");
      }
      return MappingLoader.load(Path.of(mapping));
    } catch (CasesConfigException e) {
      throw new UserException(ExitCode.CONFIG, String.join("\n", e.problems()));
    }
  }

  /** The options as given; exit 2 for a bad norm or key. */
  CaseOptions options() {
    CaseOptions options = CaseOptions.defaults();
    if (sheet != null) {
      options = options.withSheet(sheet);
    }
    if (decisionMaker != null) {
      options = options.withDecisionMakerRole(decisionMaker);
    }
    if (leadTimeNorm != null) {
      if (leadTimeNorm < 1) {
        throw new UserException(ExitCode.CONFIG, "--lead-time-norm moet minstens 1 dag zijn");
      }
      options = options.withLeadTimeNormDays(leadTimeNorm);
    }
    if (keyFile != null && keyEnv != null) {
      throw new UserException(ExitCode.CONFIG, "geef --pseudonymise-key-file of --pseudonymise-key-env, niet beide");
    }
    try {
      if (keyFile != null) {
        options = options.withPseudonymiser(Pseudonymiser.fromKeyFile(keyFile));
      } else if (keyEnv != null) {
        options = options.withPseudonymiser(Pseudonymiser.fromEnvironment(keyEnv, System.getenv()));
      }
    } catch (CasesConfigException e) {
      throw new UserException(ExitCode.CONFIG, String.join("\n", e.problems()));
    }
    return options;
  }
}
