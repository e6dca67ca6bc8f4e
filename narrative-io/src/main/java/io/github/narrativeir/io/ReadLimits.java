package io.github.narrativeir.io;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Limits that protect a reader from hostile or broken input: the size of a document, how deeply it
 * nests, how long one string may be, how many YAML aliases it may use, and how many values it may
 * hold. A document that exceeds a limit is rejected with a message naming the limit and how to
 * raise it.
 *
 * <p>The defaults fit in a 256 MB heap whatever the document: a document of {@link
 * #maxDocumentBytes()} bytes holding {@link #maxValues()} of the smallest values is read, mapped
 * and rejected or validated within it. Each limit can be set within a stated range (the {@code
 * MAX_...} constants); raising a limit beyond its default may need a larger heap.
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.defaults().withMaxDocumentBytes(64 << 20);
 * ModelReader reader = ModelReader.create().withLimits(limits);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class ReadLimits {
  /** The largest {@link #maxDocumentBytes()} that can be set: 1 GiB. */
  public static final long MAX_DOCUMENT_BYTES = 1L << 30;

  /**
   * The largest {@link #maxNestingDepth()} that can be set: 1,000 levels (the tree is read
   * recursively, one stack frame per level; a model nests about six levels deep).
   */
  public static final int MAX_NESTING_DEPTH = 1_000;

  /** The largest {@link #maxStringLength()} that can be set: 2^30 characters. */
  public static final int MAX_STRING_LENGTH = 1 << 30;

  /** The largest {@link #maxAliases()} that can be set. */
  public static final int MAX_ALIASES = 1_000_000;

  /** The largest {@link #maxValues()} that can be set. */
  public static final int MAX_VALUES = 100_000_000;

  private static final ReadLimits DEFAULTS = new ReadLimits(16 << 20, 64, 64 << 10, 0, 250_000);

  private final long maxDocumentBytes;
  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxAliases;
  private final int maxValues;

  private ReadLimits(
      long maxDocumentBytes,
      int maxNestingDepth,
      int maxStringLength,
      int maxAliases,
      int maxValues) {
    checkRange("maxDocumentBytes", maxDocumentBytes, 1, MAX_DOCUMENT_BYTES);
    checkRange("maxNestingDepth", maxNestingDepth, 1, MAX_NESTING_DEPTH);
    checkRange("maxStringLength", maxStringLength, 1, MAX_STRING_LENGTH);
    checkRange("maxAliases", maxAliases, 0, MAX_ALIASES);
    checkRange("maxValues", maxValues, 1, MAX_VALUES);
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxNestingDepth = maxNestingDepth;
    this.maxStringLength = maxStringLength;
    this.maxAliases = maxAliases;
    this.maxValues = maxValues;
  }

  private static void checkRange(String name, long value, long min, long max) {
    checkArgument(
        value >= min && value <= max,
        "%s %s is out of range: it must be between %s and %s",
        name,
        value,
        min,
        max);
  }

  /**
   * Returns the default limits: documents up to 16 MiB, nesting up to 64 levels, strings up to
   * 65,536 characters, no YAML aliases (model files do not need them), and up to 250,000 values.
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
   * The number of values (mappings, lists and scalars, counting every use of a YAML alias again)
   * accepted in one document: what bounds the memory a document takes once read.
   */
  public int maxValues() {
    return maxValues;
  }

  /**
   * Returns these limits with {@link #maxDocumentBytes()} set to {@code bytes}.
   *
   * @throws IllegalArgumentException if {@code bytes} is not between 1 and {@link
   *     #MAX_DOCUMENT_BYTES}
   */
  public ReadLimits withMaxDocumentBytes(long bytes) {
    return new ReadLimits(bytes, maxNestingDepth, maxStringLength, maxAliases, maxValues);
  }

  /**
   * Returns these limits with {@link #maxNestingDepth()} set to {@code depth}.
   *
   * @throws IllegalArgumentException if {@code depth} is not between 1 and {@link
   *     #MAX_NESTING_DEPTH}
   */
  public ReadLimits withMaxNestingDepth(int depth) {
    return new ReadLimits(maxDocumentBytes, depth, maxStringLength, maxAliases, maxValues);
  }

  /**
   * Returns these limits with {@link #maxStringLength()} set to {@code length}.
   *
   * @throws IllegalArgumentException if {@code length} is not between 1 and {@link
   *     #MAX_STRING_LENGTH}
   */
  public ReadLimits withMaxStringLength(int length) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, length, maxAliases, maxValues);
  }

  /**
   * Returns these limits with {@link #maxAliases()} set to {@code aliases}.
   *
   * @throws IllegalArgumentException if {@code aliases} is not between 0 and {@link #MAX_ALIASES}
   */
  public ReadLimits withMaxAliases(int aliases) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, aliases, maxValues);
  }

  /**
   * Returns these limits with {@link #maxValues()} set to {@code values}.
   *
   * @throws IllegalArgumentException if {@code values} is not between 1 and {@link #MAX_VALUES}
   */
  public ReadLimits withMaxValues(int values) {
    return new ReadLimits(maxDocumentBytes, maxNestingDepth, maxStringLength, maxAliases, values);
  }
}
