package org.aftercare.jackson.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import org.aftercare.incentive.Money;

/**
 * Compact JSON text written straight into UTF-8 bytes: the bytes of the text Jackson's default generator writes
 * (no pretty printer, the factory's default escaping) for the same calls, encoded as {@code String.getBytes(UTF_8)}
 * encodes it. A value written after a member name or after an opening bracket takes no comma; any other value
 * takes one, so no stack of contexts is needed.
 *
 * <p>Jackson's default escaping, which this copies: a quote and a backslash escaped with a backslash, the control
 * characters U+0000 to U+001F as backslash-b, -t, -n, -f, -r or a backslash, {@code u} and four upper-case
 * hexadecimal digits, everything else as it is (non-ASCII in UTF-8, {@code /} and U+007F unescaped). A lone surrogate, which UTF-8 cannot encode,
 * becomes {@code ?} as {@code String.getBytes(UTF_8)} makes it, and is noted ({@link #replacedSurrogate()}) so that
 * a caller wanting the exact {@code String} can fall back to Jackson.
 *
 * <p>One instance is reused for many texts on one thread ({@link #reset()}); it is not thread-safe.
 */
final class Utf8Json {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    /** Buffers grown beyond this are not kept for the next text (a rare huge report does not pin memory). */
    static final int KEEP_AT_MOST = 1 << 18;

    private byte[] bytes;
    private int size;
    /** True after a value or a closing bracket: the next value or member name takes a comma. */
    private boolean comma;
    private boolean replacedSurrogate;

    Utf8Json(int capacity) {
        bytes = new byte[capacity];
    }

    /** Forgets the text written so far, keeping the buffer unless it grew beyond {@link #KEEP_AT_MOST}. */
    void reset() {
        if (bytes.length > KEEP_AT_MOST) {
            bytes = new byte[KEEP_AT_MOST / 16];
            // a huge report's buffer is dropped; the next text starts from a usual size again
        }
        size = 0;
        comma = false;
        replacedSurrogate = false;
    }

    /** Returns the number of bytes written. */
    int size() {
        return size;
    }

    /** Checks if a lone surrogate was written (as {@code ?}). */
    boolean replacedSurrogate() {
        return replacedSurrogate;
    }

    /** Notes that a value written raw here had a lone surrogate replaced when it was written. */
    void noteReplacedSurrogate() {
        replacedSurrogate = true;
    }

    /** Returns a copy of the bytes written. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** Returns the text written so far, decoded from its UTF-8. */
    String toUtf8String() {
        return new String(bytes, 0, size, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes the bytes written so far to a stream. */
    void writeTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private void separate() {
        if (comma) {
            ensure(1);
            bytes[size++] = ',';
        }
    }

    // ---- structure ----

    void startObject() {
        separate();
        ensure(1);
        bytes[size++] = '{';
        comma = false;
    }

    void endObject() {
        ensure(1);
        bytes[size++] = '}';
        comma = true;
    }

    void startArray() {
        separate();
        ensure(1);
        bytes[size++] = '[';
        comma = false;
    }

    void endArray() {
        ensure(1);
        bytes[size++] = ']';
        comma = true;
    }

    /**
     * Writes a member name. Names are the wire format's own constants: printable ASCII without quotes or
     * backslashes (checked by the tests of every writer, which compare with Jackson's text).
     */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int) copies the low byte of each char: right for ASCII
    void name(String name) {
        int n = name.length();
        ensure(n + 4);
        if (comma) {
            bytes[size++] = ',';
        }
        bytes[size++] = '"';
        name.getBytes(0, n, bytes, size);
        size += n;
        bytes[size++] = '"';
        bytes[size++] = ':';
        comma = false;
    }

    void objectField(String name) {
        name(name);
        startObject();
    }

    void arrayField(String name) {
        name(name);
        startArray();
    }

    // ---- values ----

    /** Writes text that is already one complete JSON value in this class's encoding. */
    void raw(byte[] value) {
        separate();
        ensure(value.length);
        System.arraycopy(value, 0, bytes, size, value.length);
        size += value.length;
        comma = true;
    }

    void bool(boolean value) {
        raw(value ? TRUE : FALSE);
    }

    void number(long value) {
        separate();
        ensure(20);
        if (value < 0) {
            if (value == Long.MIN_VALUE) {
                ascii("-9223372036854775808");
                comma = true;
                return;
            }
            bytes[size++] = '-';
            value = -value;
        }
        digits(value, digitCount(value));
        comma = true;
    }

    private static int digitCount(long value) {
        int n = 1;
        for (long v = value; v >= 10; v /= 10) {
            n++;
        }
        return n;
    }

    /** Writes the decimal digits of a non-negative value, left-padded with zeros to {@code width}. */
    private void digits(long value, int width) {
        int end = size + width;
        for (int i = end - 1; i >= size; i--) {
            bytes[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
        size = end;
    }

    @SuppressWarnings("deprecation")
    private void ascii(String s) {
        int n = s.length();
        ensure(n);
        s.getBytes(0, n, bytes, size);
        size += n;
    }

    /** Writes a string value, or {@code null} for null, escaped as Jackson escapes it. */
    @SuppressWarnings("deprecation")
    void string(String s) {
        if (s == null) {
            raw(NULL);
            return;
        }
        separate();
        int n = s.length();
        int plain = 0;
        while (plain < n) {
            char c = s.charAt(plain);
            if (c < 0x20 || c > 0x7E || c == '"' || c == '\\') {
                break;
            }
            plain++;
        }
        ensure(n + 2);
        bytes[size++] = '"';
        // the printable ASCII prefix (usually all of it) is copied as it is
        s.getBytes(0, plain, bytes, size);
        size += plain;
        if (plain < n) {
            escaped(s, plain);
        }
        ensure(1);
        bytes[size++] = '"';
        comma = true;
    }

    private void escaped(String s, int from) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            ensure(6);
            if (c >= 0x20 && c < 0x80) {
                if (c == '"' || c == '\\') {
                    bytes[size++] = '\\';
                }
                bytes[size++] = (byte) c;
            } else if (c < 0x20) {
                bytes[size++] = '\\';
                switch (c) {
                    case '\b' -> bytes[size++] = 'b';
                    case '\t' -> bytes[size++] = 't';
                    case '\n' -> bytes[size++] = 'n';
                    case '\f' -> bytes[size++] = 'f';
                    case '\r' -> bytes[size++] = 'r';
                    default -> {
                        bytes[size++] = 'u';
                        bytes[size++] = '0';
                        bytes[size++] = '0';
                        bytes[size++] = HEX[c >> 4];
                        bytes[size++] = HEX[c & 0xF];
                    }
                }
            } else if (c < 0x800) {
                bytes[size++] = (byte) (0xC0 | (c >> 6));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                bytes[size++] = (byte) (0xF0 | (cp >> 18));
                bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                bytes[size++] = '?';
                replacedSurrogate = true;
            } else {
                bytes[size++] = (byte) (0xE0 | (c >> 12));
                bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                bytes[size++] = (byte) (0x80 | (c & 0x3F));
            }
        }
    }

    /** Writes a date as the string {@link LocalDate#toString()} gives, without building that string. */
    void date(LocalDate date) {
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            string(date.toString());
            return;
        }
        separate();
        ensure(12);
        bytes[size++] = '"';
        digits(year, 4);
        bytes[size++] = '-';
        digits(date.getMonthValue(), 2);
        bytes[size++] = '-';
        digits(date.getDayOfMonth(), 2);
        bytes[size++] = '"';
        comma = true;
    }

    /** Writes an amount as the string {@link Money#toString()} gives (its amount's plain string). */
    void money(Money money) {
        plain(money.amount());
    }

    /**
     * Writes a decimal as the string {@link BigDecimal#toPlainString()} gives, without building that string when its
     * unscaled value and scale are within 18 digits.
     */
    void plain(BigDecimal amount) {
        int scale = amount.scale();
        if (scale < 0 || scale > 18 || amount.precision() > 18) {
            string(amount.toPlainString());
            return;
        }
        long unscaled = amount.unscaledValue().longValue();
        separate();
        ensure(44);
        bytes[size++] = '"';
        if (unscaled < 0) {
            bytes[size++] = '-';
            unscaled = -unscaled;
        }
        int count = digitCount(unscaled);
        if (scale == 0) {
            digits(unscaled, count);
        } else if (count > scale) {
            long pow = 1;
            for (int i = 0; i < scale; i++) {
                pow *= 10;
            }
            digits(unscaled / pow, count - scale);
            bytes[size++] = '.';
            digits(unscaled % pow, scale);
        } else {
            bytes[size++] = '0';
            bytes[size++] = '.';
            digits(unscaled, scale);
        }
        bytes[size++] = '"';
        comma = true;
    }

    // ---- members ----

    void field(String name, String value) {
        name(name);
        string(value);
    }

    void field(String name, long value) {
        name(name);
        number(value);
    }

    void field(String name, boolean value) {
        name(name);
        bool(value);
    }

    void field(String name, LocalDate value) {
        name(name);
        date(value);
    }

    void field(String name, Money value) {
        name(name);
        money(value);
    }

    void rawField(String name, byte[] value) {
        name(name);
        raw(value);
    }
}
