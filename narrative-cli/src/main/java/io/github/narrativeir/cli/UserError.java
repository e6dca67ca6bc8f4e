package io.github.narrativeir.cli;

/**
 * A failure caused by the user's input, already explained: the command prints its message (if any)
 * to standard error and exits with {@link ExitCodes#BAD_INPUT}, without a stack trace.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message, null, false, false);
  }
}
