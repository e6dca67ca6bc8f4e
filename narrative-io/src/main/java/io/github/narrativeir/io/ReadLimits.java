package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Limits that protect a reader from hostile or broken input: the size of a document, how deeply
 * it nests, how long one string may be, and how many YAML aliases it may use. A document that
 * exceeds a limit is rejected with a message naming the limit and how to raise it.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDocumentBytes(64 << 20);
 * ModelReader reader = ModelReader.create().withLimits(limits);
 * }</pre>
 */
public final class ReadLimits {
  private static final ReadLimits DEFAULTS = new ReadLimits(16 << 20, 64, 64 << 10, 0);

  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxAliases;

  private ReadLimits(long maxDocumentBytes, int maxNestingDepth, int maxStringLength, int maxAliases) {
    checkArgument(maxDocumentBytes > 0, "maxDocumentBytes %s is not positive", maxDocumentBytes);
    checkArgument(maxNestingDepth > 0, "maxNestingDepth %s is not positive", maxNestingDepth);
    checkArgument(maxStringLength > 0, "maxStringLength %s is not positive", maxStringLength);
    checkArgument(maxAliases >= 0, "maxAliases %s is negative", maxAliases);
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxAliases = maxAliases;
  }

  /**
   * Returns the default limits: documents up to 16 MiB, nesting up to 64 levels, strings up to
   * 65,536 characters, and no YAML aliases (model files do not need them).
   */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** The largest document accepted, in bytes. */
  public long maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /** The deepest nesting of mappings and lists accepted. */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** The longest string accepted, in characters. */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** The number of YAML aliases ({@code *name}) accepted in one document. */
  public int maxAliases() {
    return maxAliases;
  }

  /**
   * Returns these limits with {@link #maxDocumentBytes()} set to {@code bytes}.
   *
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxAliases);
  }

  /**
   * Returns these limits with {@link #maxNestingDepth()} set to {@code depth}.
   *
   * @throws IllegalArgumentException if {@code depth} is not positive
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxAliases);
  }

  /**
   * Returns these limits with {@link #maxStringLength()} set to {@code length}.
   *
   * @throws IllegalArgumentException if {@code length} is not positive
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxAliases);
  }

  /**
   * Returns these limits with {@link #maxAliases()} set to {@code aliases}.
   *
   * @throws IllegalArgumentException if {@code aliases} is negative
   */
  public ReadLimits withMaxAliases(int aliases) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, aliases);
  }
}
