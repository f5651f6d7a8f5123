package io.github.osf4j.cli;

import io.github.osf4j.core.StorageUsage;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The server's storage quota per project ({@code --quota}): osf.io's 5 GB private and 50 GB public
 * unless set.
 *
 * @param privateBytes the quota of a private project
 * @param publicBytes the quota of a public project
 */
record Quotas(long privateBytes, long publicBytes) {
  static final Quotas OSF =
      new Quotas(StorageUsage.OSF_PRIVATE_LIMIT, StorageUsage.OSF_PUBLIC_LIMIT);

  private static final Pattern SIZE =
      Pattern.compile("(\\d{1,15}(?:\\.\\d{1,9})?)\\s*(b|kb|mb|gb|tb)?");

  Quotas {
    if (privateBytes <= 0 || publicBytes <= 0) {
      throw new IllegalArgumentException("quotas must be positive");
    }
  }

  /** Parses {@code 5GB,50GB}, or one size for both kinds of project (GB = 10^9 bytes). */
  static final class Converter implements ITypeConverter<Quotas> {
    @Override
    public Quotas convert(String value) {
      String[] parts = value.split(",", -1);
      if (parts.length > 2) {
        throw invalid(value);
      }
      long first = bytes(parts[0], value);
      return new Quotas(first, parts.length == 2 ? bytes(parts[1], value) : first);
    }
  }

  private static long bytes(String part, String whole) {
    Matcher m = SIZE.matcher(part.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw invalid(whole);
    }
    String unit = m.group(2) == null ? "b" : m.group(2);
    long factor =
        switch (unit) {
          case "kb" -> 1_000L;
          case "mb" -> 1_000_000L;
          case "gb" -> 1_000_000_000L;
          case "tb" -> 1_000_000_000_000L;
          default -> 1L;
        };
    double bytes = Double.parseDouble(m.group(1)) * factor;
    if (bytes < 1 || bytes > 1e18) {
      throw invalid(whole);
    }
    return (long) bytes;
  }

  private static TypeConversionException invalid(String value) {
    return new TypeConversionException(
        "'"
            + value
            + "' is not a quota: use a size such as 5GB, or PRIVATE,PUBLIC such as 5GB,50GB"
            + " (kB, MB, GB, TB are powers of 1000)");
  }
}
