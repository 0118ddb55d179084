package io.dyadscope.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * Knowledge shipped as resources (catalogues, gazetteers, lexicons, rules): read once, as UTF-8,
 * beside the class that owns them. A missing or unreadable resource is a broken build and fails
 * loudly, naming it.
 */
public final class Resources {

  /** Reads one kind of resource. */
  @FunctionalInterface
  public interface ResourceReader<T> {
    T read(Reader reader) throws IOException;
  }

  private Resources() {}

  /** The resource {@code name} next to {@code owner} (or absolute, starting with '/'), read by {@code reader}. */
  public static <T> T read(Class<?> owner, String name, ResourceReader<T> reader) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " missing from the classpath beside " + owner.getName());
      }
      return reader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * The resource {@code name} beside {@code owner}, read by {@code reader} the first time it is asked
   * for and kept after: a catalogue's standard set costs nothing until used, and a broken one fails
   * where it is used rather than when its class is loaded (reading a user's file still works).
   */
  public static <T> Supplier<T> onFirstUse(Class<?> owner, String name, ResourceReader<T> reader) {
    return once(() -> read(owner, name, reader));
  }

  /**
   * The value {@code make} makes, made the first time it is asked for and kept after, from any
   * thread; a failure is thrown to the caller and tried again on the next call.
   */
  public static <T> Supplier<T> once(Supplier<T> make) {
    return new Supplier<>() {
      private volatile T value;

      @Override
      public T get() {
        T v = value;
        if (v == null) {
          synchronized (this) {
            if (value == null) {
              value = make.get();
            }
            v = value;
          }
        }
        return v;
      }
    };
  }
}
