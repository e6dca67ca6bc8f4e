package io.github.narrativeir.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import io.github.narrativeir.inference.Episode;
import io.github.narrativeir.inference.Narrative;
import io.github.narrativeir.inference.PracticeChange;
import io.github.narrativeir.inference.Prediction;
import io.github.narrativeir.model.ActorId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the large parts of a {@code narrative-result/1} text (episodes, predictions, narratives)
 * straight to the generator, as {@link ResultTree} would lay them out but without a map for each
 * element: ids go to a stream as their bytes (see {@link #id}), and each distinct decimal is
 * normalized once. One instance a write: its buffers are not shared between threads.
 */
final class ResultStream {
  private static final SerializedString ACTOR = new SerializedString("actor");
  private static final SerializedString SITUATION = new SerializedString("situation");
  private static final SerializedString CONCEPTS = new SerializedString("concepts");
  private static final SerializedString PERCEIVED = new SerializedString("perceived");
  private static final SerializedString HIGHLIGHTED = new SerializedString("highlighted");
  private static final SerializedString OCCLUDED = new SerializedString("occluded");
  private static final SerializedString PERSISTENT = new SerializedString("persistent");
  private static final SerializedString CHANGES = new SerializedString("changes");
  private static final SerializedString PRACTICE = new SerializedString("practice");
  private static final SerializedString TARGET = new SerializedString("target");
  private static final SerializedString SUPPORT = new SerializedString("support");
  private static final SerializedString OPPOSITION = new SerializedString("opposition");
  private static final SerializedString CHANGE = new SerializedString("change");

  /** Distinct decimals kept, at most; the cache is emptied when it holds more. */
  private static final int MAX_DECIMALS = 4096;

  private byte[] bytes = new byte[64];
  private final Map<BigDecimal, SerializableString> decimals = new HashMap<>();

  /** The episodes, in the result's order. */
  JsonText.Written episodes(List<Episode> episodes) {
    return g -> {
      g.writeStartArray();
      for (Episode e : episodes) {
        episode(g, e);
      }
      g.writeEndArray();
    };
  }

  /** The predictions, in the given order. */
  JsonText.Written predictions(List<Prediction> predictions) {
    return g -> {
      g.writeStartArray();
      for (Prediction p : predictions) {
        prediction(g, p);
      }
      g.writeEndArray();
    };
  }

  /** One prediction. */
  JsonText.Written prediction(Prediction p) {
    return g -> prediction(g, p);
  }

  /** The narratives, in the result's order. */
  JsonText.Written narratives(List<Narrative> narratives) {
    return g -> {
      g.writeStartArray();
      for (Narrative n : narratives) {
        g.writeStartObject();
        g.writeFieldName(ACTOR);
        id(g, n.actor());
        g.writeFieldName(PERSISTENT);
        ids(g, n.persistent());
        g.writeFieldName(CHANGES);
        g.writeStartArray();
        for (PracticeChange c : n.changes()) {
          change(g, c);
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
    };
  }

  private void episode(JsonGenerator g, Episode e) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ACTOR);
    id(g, e.actor());
    g.writeFieldName(SITUATION);
    id(g, e.situation());
    g.writeFieldName(CONCEPTS);
    ids(g, e.concepts());
    g.writeFieldName(PERCEIVED);
    g.writeStartArray();
    // handed over as written: the engine keeps perceived sets as differences from a shared base,
    // and building every episode's set at once would undo that
    e.forEachPerceived(
        a -> {
          try {
            id(g, a);
          } catch (IOException x) {
            throw new UncheckedIOException(x);
          }
        });
    g.writeEndArray();
    g.writeFieldName(HIGHLIGHTED);
    ids(g, e.highlighted());
    g.writeFieldName(OCCLUDED);
    ids(g, e.occluded());
    g.writeEndObject();
  }

  private void prediction(JsonGenerator g, Prediction p) throws IOException {
    g.writeStartObject();
    g.writeFieldName(ACTOR);
    id(g, p.actor());
    g.writeFieldName(PRACTICE);
    id(g, p.practice());
    g.writeFieldName(TARGET);
    target(g, p.target());
    g.writeFieldName(SITUATION);
    id(g, p.situation());
    g.writeFieldName(SUPPORT);
    decimal(g, p.support());
    g.writeFieldName(OPPOSITION);
    decimal(g, p.opposition());
    g.writeFieldName(CONCEPTS);
    ids(g, p.concepts());
    g.writeEndObject();
  }

  private void change(JsonGenerator g, PracticeChange c) throws IOException {
    g.writeStartObject();
    g.writeFieldName(PRACTICE);
    id(g, c.practice());
    g.writeFieldName(TARGET);
    target(g, c.target());
    g.writeFieldName(SITUATION);
    id(g, c.situation());
    g.writeFieldName(CHANGE);
    g.writeString(c.change().token());
    g.writeEndObject();
  }

  private void target(JsonGenerator g, Optional<ActorId> target) throws IOException {
    if (target.isPresent()) {
      id(g, target.get());
    } else {
      g.writeNull();
    }
  }

  private void ids(JsonGenerator g, Collection<?> list) throws IOException {
    g.writeStartArray();
    for (Object id : list) {
      id(g, id);
    }
    g.writeEndArray();
  }

  /**
   * An id of the model (its {@code toString()} is its value) as a string. Ids hold letters, digits
   * and {@code . _ : -} only (the model checks that when an id is made), which JSON never escapes,
   * so to a stream their bytes go as they are, without the generator's check of every character.
   */
  @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): the low byte of a char
  private void id(JsonGenerator g, Object id) throws IOException {
    String value = id.toString();
    if (!(g instanceof UTF8JsonGenerator)) {
      g.writeString(value); // a generator writing characters takes no bytes
      return;
    }
    int length = value.length();
    if (length > bytes.length) {
      bytes = new byte[Math.max(length, 2 * bytes.length)];
    }
    value.getBytes(0, length, bytes, 0);
    g.writeRawUTF8String(bytes, 0, length);
  }

  /** A decimal; each distinct value is normalized once, up to a bound on the cache. */
  private void decimal(JsonGenerator g, BigDecimal value) throws IOException {
    if (decimals.size() >= MAX_DECIMALS) {
      decimals.clear();
    }
    g.writeRawValue(
        decimals.computeIfAbsent(
            value, v -> new SerializedString(JsonText.decimal(v).toPlainString())));
  }
}
