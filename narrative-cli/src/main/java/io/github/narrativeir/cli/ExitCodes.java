package io.github.narrativeir.cli;

/** The exit codes of the {@code narrative} command. */
final class ExitCodes {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
