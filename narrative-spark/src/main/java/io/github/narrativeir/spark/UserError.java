package io.github.narrativeir.spark;

/** Bad input, said in one message to the user (exit code 2), never with a stack trace. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message, null, false, false);
  }
}
