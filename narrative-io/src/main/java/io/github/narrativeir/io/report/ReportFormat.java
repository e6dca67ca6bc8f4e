package io.github.narrativeir.io.report;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * The formats of human-readable reports. The machine-readable {@code narrative-result/1} JSON is
 * not one of them: {@link io.github.narrativeir.io.ResultWriter} writes it.
 *
 * @since 0.1.0
 */
public enum ReportFormat {
  /** Plain-text tables for the terminal ({@code text}, {@code .txt}). */
  TEXT("text", "txt"),
  /** Markdown, as GitHub renders it ({@code markdown}, {@code .md}). */
  MARKDOWN("markdown", "md"),
  /** A Graphviz DOT digraph ({@code dot}, {@code .dot}). */
  DOT("dot", "dot"),
  /** One self-contained HTML file with an SVG timeline ({@code html}, {@code .html}). */
  HTML("html", "html");

  private final String token;
  private final String extension;

  ReportFormat(String token, String extension) {
    this.token = token;
    this.extension = extension;
  }

  /** Returns the word that names this format on the command line, such as {@code markdown}. */
  public String token() {
    return token;
  }

  /** Returns the usual file name extension of this format, without the dot, such as {@code md}. */
  public String extension() {
    return extension;
  }

  /** Returns the format whose {@link #token()} is {@code token}, if there is one. */
  public static Optional<ReportFormat> fromToken(String token) {
    checkNotNull(token, "token");
    for (ReportFormat value : values()) {
      if (value.token.equals(token)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }

  /** Returns the word that names this format, as {@link #token()}. */
  @Override
  public String toString() {
    return token;
  }
}
