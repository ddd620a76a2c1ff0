package org.aftercare.jackson.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.aftercare.InvalidValueException;

/** Readers of the simple values of the wire format: one canonical string (or number) per value type. */
final class Reads {
    /** Dates and instants must fall in these years, so no rule ever walks a calendar for millennia. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2199;
    /** The largest index into a list a document may name. */
    static final int MAX_INDEX = 100_000;

    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,17})(\\.[0-9]{1,9})?");
    /** The region IDs, read once: ZoneId.getAvailableZoneIds() copies ~600 IDs into a new set on every call. */
    private static final Set<String> AVAILABLE_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());
    /** The zones read so far (at most one per available ID). */
    private static final Map<String, ZoneId> ZONES = new ConcurrentHashMap<>();

    private Reads() {
    }

    static String describe(Object node) {
        if (node instanceof String) {
            return "a string";
        }
        if (node instanceof Number) {
            return "a number";
        }
        if (node instanceof Boolean) {
            return "a boolean";
        }
        if (node == JsonTree.NULL) {
            return "null";
        }
        return node instanceof JsonArray ? "an array" : "an object";
    }

    private static String quoted(String s) {
        return "\"" + (s.length() > 60 ? s.substring(0, 60) + "..." : s) + "\"";
    }

    static Read<String> string() {
        return Reads::string;
    }

    // The readers without parameters are built once: a reader is asked for once per member of every document.
    private static final Read<String> NON_BLANK = textual("a non-blank string", s -> {
        if (s.isBlank()) {
            throw new IllegalArgumentException();
        }
        return s;
    });
    private static final Read<LocalDate> DATE = Reads::date;
    private static final Read<Instant> INSTANT = Reads::instant;
    private static final Read<Boolean> BOOL = Reads::bool;
    /** The reader of each enum's codes, built once per enum type. */
    private static final ClassValue<Read<?>> ENUM_CODES = new ClassValue<>() {
        @Override
        protected Read<?> computeValue(Class<?> type) {
            return enumCodeOf(type.asSubclass(Enum.class));
        }
    };

    /** Reads a string: the one reader every textual reader starts with. */
    static String string(Object node, Pointer pointer, Problems problems) {
        if (!(node instanceof String text)) {
            problems.add(pointer, "json.wrong-type", "expected a string, found " + describe(node));
            return null;
        }
        // a document the everyday reader read is ASCII: none of its strings can hold a surrogate
        int bad = problems.asciiDocument() ? -1 : unpairedSurrogate(text);
        if (bad >= 0) {
            problems.add(pointer, "json.invalid-value", "the string is not valid Unicode: an unpaired surrogate at "
                    + "character " + bad);
            return null;
        }
        return text;
    }

    static Read<String> nonBlank() {
        return NON_BLANK;
    }

    /** A string parsed by a function; an exception of the function is an invalid value. */
    static <T> Read<T> textual(String what, Function<String, T> parse) {
        return (node, pointer, problems) -> {
            String s = string(node, pointer, problems);
            if (s == null) {
                return null;
            }
            try {
                return parse.apply(s);
            } catch (InvalidValueException e) {
                problems.add(pointer, "json.invalid-value", e.getMessage());
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
                problems.add(pointer, "json.invalid-value", "expected " + what + ", found " + quoted(s));
            }
            return null;
        };
    }

    /** A string naming one of a closed set of codes, parsed by the domain's own parse method. */
    static <T> Read<T> code(String what, Function<String, T> parse) {
        return (node, pointer, problems) -> {
            String s = string(node, pointer, problems);
            if (s == null) {
                return null;
            }
            try {
                return parse.apply(s);
            } catch (InvalidValueException e) {
                problems.add(pointer, "json.unknown-code", e.getMessage());
                return null;
            }
        };
    }

    /**
     * The "type" name of a closed alternative, one of a fixed list, such as "sessions" or "sample";
     * any other name is an unknown code.
     */
    static Read<String> oneOf(String field, List<String> names) {
        return code(field + " type", t -> {
            if (!names.contains(t)) {
                throw new InvalidValueException(field + ".type", "be one of " + names, "\"" + t + "\"");
            }
            return t;
        });
    }

    /**
     * The codes of one enum last read, by the identity of their string: the everyday reader hands out the same string
     * instance for the same short text ({@link AsciiJson}), so most codes are found by one comparison, without the
     * table's hashing and character comparison. 64 slots by the string's (cached) hash; each slot holds an
     * immutable pair, so threads may race on a slot and only ever see a whole pair; a miss asks the table.
     *
     * @param <E> the enum
     */
    static final class CodeHits<E> {
        private record Hit<E>(String code, E value) {
        }

        @SuppressWarnings("unchecked")
        private final Hit<E>[] slots = new Hit[64];

        /** Returns the constant of a code, from the slot of that very string or else from the table; null if none. */
        E get(String s, Map<String, E> table) {
            int h = s.hashCode();
            int slot = (h ^ (h >>> 7) ^ (h >>> 16)) & 63;
            Hit<E> hit = slots[slot];
            if (hit != null && hit.code == s) {
                return hit.value;
            }
            E value = table.get(s);
            if (value != null) {
                slots[slot] = new Hit<>(s, value);
            }
            return value;
        }
    }

    /** The wire code of an enum constant: lowercase, words joined by hyphens, such as {@code in-person}. */
    static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The constants of each enum by wire code (the first constant of a code wins, as a scan in order would). */
    private static final ClassValue<Map<String, Object>> CODES = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byCode = new java.util.HashMap<>();
            for (Object e : type.getEnumConstants()) {
                byCode.putIfAbsent(code((Enum<?>) e), e);
            }
            return Map.copyOf(byCode);
        }
    };

    /**
     * A string naming one constant of an enum by its domain code, such as an analyte's {@code "eddp"}: looked up in
     * a table of the codes (the first constant of a code wins, as the domain's scan in order does), and otherwise
     * given to the domain's parse method, which rejects it with its own message.
     */
    static <E extends Enum<E>> Read<E> domainCode(String what, Class<E> type, Function<E, String> code,
            Function<String, E> parse) {
        Map<String, E> byCode = new java.util.HashMap<>();
        for (E e : type.getEnumConstants()) {
            byCode.putIfAbsent(code.apply(e), e);
        }
        Map<String, E> table = Map.copyOf(byCode);
        Read<E> slow = code(what, parse);
        CodeHits<E> hits = new CodeHits<>();
        return (node, pointer, problems) -> {
            E known = node instanceof String s ? hits.get(s, table) : null;
            return known != null ? known : slow.read(node, pointer, problems);
        };
    }

    /** Returns the reader of an enum's wire codes (one shared instance per enum type). */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> Read<E> enumCode(Class<E> type) {
        return (Read<E>) ENUM_CODES.get(type);
    }

    /**
     * Returns the reader of an enum's wire codes as its own class, for a reader to keep in a constant and give to
     * {@link Obj#requiredCode}, which calls it directly (the same shared instance as {@link #enumCode}).
     */
    @SuppressWarnings("unchecked")
    static <E extends Enum<E>> EnumCodes<E> enumCodes(Class<E> type) {
        return (EnumCodes<E>) ENUM_CODES.get(type);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Read<?> enumCodeOf(Class<? extends Enum> type) {
        return new EnumCodes(type);
    }

    /**
     * Reads a string naming one constant of an enum by its wire code ({@link #code(Enum)}). A class of its own (not a
     * lambda) so that a reader of the everyday members can call it directly ({@link Obj#requiredCode}): a call
     * through {@link Read} from the shared {@link Obj#required} goes through an interface dispatch the JIT cannot
     * inline, as it meets dozens of readers there.
     *
     * @param <E> the enum
     */
    static final class EnumCodes<E extends Enum<E>> implements Read<E> {
        private final Class<E> type;
        private final Map<String, E> table;
        private final CodeHits<E> hits = new CodeHits<>();

        @SuppressWarnings("unchecked")
        EnumCodes(Class<E> type) {
            this.type = type;
            this.table = (Map<String, E>) (Map<String, ?>) CODES.get(type);
        }

        @Override
        public E read(Object node, Pointer pointer, Problems problems) {
            // the everyday string: no surrogate can be in a known code, so a hit needs no further check
            E known = node instanceof String s ? hits.get(s, table) : null;
            if (known != null) {
                return known;
            }
            String s = string(node, pointer, problems);
            if (s == null) {
                return null;
            }
            problems.add(pointer, "json.unknown-code", "expected one of "
                    + Arrays.stream(type.getEnumConstants()).map(Reads::code).toList() + ", found " + quoted(s));
            return null;
        }
    }

    static Read<LocalDate> date() {
        return DATE;
    }

    static LocalDate date(Object node, Pointer pointer, Problems problems) {
        String s = string(node, pointer, problems);
        if (s == null) {
            return null;
        }
        try {
            if (!isDate(s)) {
                throw new DateTimeException(s);
            }
            // the pattern fixed the digits; LocalDate.of rejects what ISO_LOCAL_DATE (strict) rejects
            LocalDate d = LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
            return inYears(d.getYear(), pointer, problems, s) ? d : null;
        } catch (DateTimeException e) {
            problems.add(pointer, "json.invalid-value", "expected an ISO-8601 date such as 2026-03-02, found "
                    + quoted(s));
            return null;
        }
    }

    static Read<Instant> instant() {
        return INSTANT;
    }

    static Instant instant(Object node, Pointer pointer, Problems problems) {
        String s = string(node, pointer, problems);
        if (s == null) {
            return null;
        }
        try {
            if (!isInstant(s)) {
                throw new DateTimeException(s);
            }
            long seconds = s.length() == 20 ? everydayEpochSecond(s) : NOT_EVERYDAY;
            if (seconds != NOT_EVERYDAY) {
                // a valid date and time of day written in UTC: its year is the one written
                return inYears(digits(s, 0, 4), pointer, problems, s) ? Instant.ofEpochSecond(seconds) : null;
            }
            Instant i = s.length() == 20 && digits(s, 11, 13) < 24 && digits(s, 17, 19) < 60
                    ? LocalDateTime.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10), digits(s, 11, 13),
                            digits(s, 14, 16), digits(s, 17, 19)).toInstant(ZoneOffset.UTC)
                    : Instant.from(DateTimeFormatter.ISO_INSTANT.parse(s));
            return inYears(i.atOffset(ZoneOffset.UTC).getYear(), pointer, problems, s) ? i : null;
        } catch (DateTimeException e) {
            problems.add(pointer, "json.invalid-value", "expected an ISO-8601 UTC instant such as "
                    + "2026-03-01T14:00:00Z, found " + quoted(s));
            return null;
        }
    }

    /** What {@link #everydayEpochSecond} returns for a text it leaves to {@code java.time}. */
    static final long NOT_EVERYDAY = Long.MIN_VALUE;

    /**
     * Returns the epoch second of {@code yyyy-MM-ddTHH:mm:ssZ} (checked by {@link #isInstant}, 20 characters) when
     * every field is in range (month 1-12, day within its month, hour below 24, minute and second below 60), else
     * {@link #NOT_EVERYDAY}. By hand, because {@code LocalDateTime.of(...).toInstant} and the year check through
     * {@code atOffset} allocated six objects an instant; anything out of range is left to {@code java.time}, which
     * decides as before.
     */
    static long everydayEpochSecond(String s) {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        int hour = digits(s, 11, 13);
        int minute = digits(s, 14, 16);
        int second = digits(s, 17, 19);
        if (month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month) || hour > 23 || minute > 59
                || second > 59) {
            return NOT_EVERYDAY;
        }
        return epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    private static int lengthOfMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** The epoch day of a valid date of a year from 0 to 9999: {@code LocalDate.toEpochDay}'s arithmetic. */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400 + (367 * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - 719_528L;
    }

    private static boolean inYears(int year, Pointer pointer, Problems problems, String s) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add(pointer, "json.out-of-range", "expected a year from " + MIN_YEAR + " to " + MAX_YEAR
                    + ", found " + quoted(s));
            return false;
        }
        return true;
    }

    /**
     * A clinic's zone: a region ID of the time-zone database, such as America/New_York. Fixed offsets
     * ("+05:00", "Z", "GMT+5") are refused: treatment days depend on the clinic's daylight-saving rules.
     */
    static Read<ZoneId> zone() {
        return ZONE;
    }

    private static final Read<ZoneId> ZONE = newZone();

    private static Read<ZoneId> newZone() {
        return textual("a time-zone region ID such as America/New_York (not a fixed offset)", s -> {
            ZoneId known = ZONES.get(s);
            if (known != null) {
                return known;
            }
            if (!AVAILABLE_ZONES.contains(s) || s.startsWith("SystemV/")) {
                throw new IllegalArgumentException(s);
            }
            ZoneId zone = ZoneId.of(s);
            ZONES.put(s, zone);
            return zone;
        });
    }

    /** Checks {@code s} is {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}, by hand: a regular expression per date costs more. */
    static boolean isDate(String s) {
        return s.length() == 10 && startsWithDate(s);
    }

    /**
     * Checks {@code s} is {@code [0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?Z}, by hand.
     */
    static boolean isInstant(String s) {
        int n = s.length();
        if (n < 17 || !startsWithDate(s) || s.charAt(10) != 'T' || !isDigits(s, 11, 13) || s.charAt(13) != ':'
                || !isDigits(s, 14, 16) || s.charAt(n - 1) != 'Z') {
            return false;
        }
        if (n == 17) {
            return true;
        }
        if (n < 20 || s.charAt(16) != ':' || !isDigits(s, 17, 19)) {
            return false;
        }
        // n == 20: seconds and Z; else a fraction of 1 to 9 digits between '.' and Z
        return n == 20 || (n >= 22 && n <= 30 && s.charAt(19) == '.' && isDigits(s, 20, n - 1));
    }

    private static boolean startsWithDate(String s) {
        return isDigits(s, 0, 4) && s.charAt(4) == '-' && isDigits(s, 5, 7) && s.charAt(7) == '-' && isDigits(s, 8, 10);
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Returns the number written with ASCII digits from {@code from} (inclusive) to {@code to} (exclusive). */
    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (s.charAt(i) - '0');
        }
        return n;
    }

    /** Returns the index of the first unpaired UTF-16 surrogate, or -1. */
    private static int unpairedSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    static Read<Duration> duration() {
        return DURATION;
    }

    private static final Read<Duration> DURATION = newDuration();

    private static Read<Duration> newDuration() {
        return textual("an ISO-8601 duration such as PT2H40M", s -> {
            if (!s.startsWith("P")) {
                throw new IllegalArgumentException(s);
            }
            return parseDuration(s);
        });
    }

    /**
     * Parses an ISO-8601 duration as {@link Duration#parse} does. The everyday shape {@code PT[nH][nM][nS]} (upper
     * case, at most 9 digits a part, no fraction) is read by hand: {@code Duration.parse} runs a regular expression.
     * Anything else goes to {@code Duration.parse}, which decides.
     */
    static Duration parseDuration(String s) {
        int n = s.length();
        if (n >= 4 && s.charAt(0) == 'P' && s.charAt(1) == 'T') {
            long seconds = 0;
            int lastUnit = -1;
            int i = 2;
            while (i < n) {
                int start = i;
                long v = 0;
                char c;
                while (i < n && i - start < 9 && (c = s.charAt(i)) >= '0' && c <= '9') {
                    v = v * 10 + (c - '0');
                    i++;
                }
                if (i == start || i == n) {
                    lastUnit = -1;
                    break;
                }
                char u = s.charAt(i++);
                int unit = u == 'H' ? 0 : u == 'M' ? 1 : u == 'S' ? 2 : -1;
                if (unit <= lastUnit) {
                    lastUnit = -1;
                    break;
                }
                lastUnit = unit;
                seconds += v * (unit == 0 ? 3600 : unit == 1 ? 60 : 1);
            }
            if (lastUnit >= 0) {
                return Duration.ofSeconds(seconds);
            }
        }
        return Duration.parse(s);
    }

    /** The longest period a document may give, so no rule ever adds a period that leaves the calendar. */
    static final Period MAX_PERIOD = Period.ofYears(100);

    static Read<Period> period() {
        return PERIOD;
    }

    private static final Read<Period> PERIOD = newPeriod();

    private static Read<Period> newPeriod() {
        Read<Period> parse = textual("an ISO-8601 period such as P6M", s -> {
            if (!s.startsWith("P")) {
                throw new IllegalArgumentException(s);
            }
            return Period.parse(s);
        });
        return (node, pointer, problems) -> {
            Period p = parse.read(node, pointer, problems);
            if (p == null) {
                return null;
            }
            if (p.isNegative() || p.toTotalMonths() > MAX_PERIOD.toTotalMonths() || p.getDays() > 36_600) {
                problems.add(pointer, "json.out-of-range", "expected a period from P0D to " + MAX_PERIOD
                        + " with no negative part, found " + p);
                return null;
            }
            return p;
        };
    }

    static Read<BigDecimal> decimal() {
        return DECIMAL_READ;
    }

    private static final Read<BigDecimal> DECIMAL_READ = newDecimal();

    private static Read<BigDecimal> newDecimal() {
        return textual("a decimal string such as 0.75", s -> {
            if (!isDecimal(s)) {
                throw new IllegalArgumentException(s);
            }
            return new BigDecimal(s);
        });
    }

    /** Checks {@code s} matches {@link #DECIMAL}, by hand: a regular expression per value costs more. */
    static boolean isDecimal(String s) {
        return isPlainDecimal(s, true, 18, 9);
    }

    /**
     * Checks, by hand, that {@code s} is a plain decimal: {@code -?(0|[1-9][0-9]{0,w-1})(\.[0-9]{1,f})?} with
     * {@code w = maxWholeDigits} and {@code f = maxFractionDigits}, the sign only when {@code signed}.
     */
    static boolean isPlainDecimal(String s, boolean signed, int maxWholeDigits, int maxFractionDigits) {
        int n = s.length();
        int i = 0;
        if (signed && i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i == n) {
            return false;
        }
        char c = s.charAt(i);
        if (c == '0') {
            i++;
        } else if (c >= '1' && c <= '9') {
            int start = i++;
            while (i < n && i - start < maxWholeDigits && isDigit(s.charAt(i))) {
                i++;
            }
        } else {
            return false;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int start = ++i;
        while (i < n && i - start < maxFractionDigits && isDigit(s.charAt(i))) {
            i++;
        }
        return i == n && i > start;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static Read<Boolean> bool() {
        return BOOL;
    }

    private static Boolean bool(Object node, Pointer pointer, Problems problems) {
        if (!(node instanceof Boolean b)) {
            problems.add(pointer, "json.wrong-type", "expected true or false, found " + describe(node));
            return null;
        }
        return b;
    }

    static Read<Integer> integer(int min, int max) {
        return (node, pointer, problems) -> {
            if (node instanceof Long l) {
                // the tree's everyday integer: the same checks and message as for a BigInteger, without one
                long v = l;
                if (v < min || v > max) {
                    problems.add(pointer, "json.out-of-range", "expected an integer from " + min + " to " + max
                            + ", found " + v);
                    return null;
                }
                return (int) v;
            }
            BigInteger v = integral(node, pointer, problems);
            if (v == null) {
                return null;
            }
            if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
                problems.add(pointer, "json.out-of-range", "expected an integer from " + min + " to " + max
                        + ", found " + v);
                return null;
            }
            return v.intValue();
        };
    }

    static Read<Long> longInteger() {
        return (node, pointer, problems) -> {
            if (node instanceof Long l) {
                return l;
            }
            BigInteger v = integral(node, pointer, problems);
            if (v == null) {
                return null;
            }
            if (v.bitLength() > 63) {
                problems.add(pointer, "json.out-of-range", "expected an integer from " + Long.MIN_VALUE + " to "
                        + Long.MAX_VALUE + ", found " + (v.toString().length() > 40 ? "a " + v.toString().length()
                        + "-digit number" : v));
                return null;
            }
            return v.longValue();
        };
    }

    private static BigInteger integral(Object node, Pointer pointer, Problems problems) {
        if (!(node instanceof Long) && !(node instanceof BigInteger)) {
            problems.add(pointer, "json.wrong-type", "expected an integer, found " + (node instanceof Number
                    ? "a number with a fraction or exponent" : describe(node)));
            return null;
        }
        BigInteger v = node instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) node;
        if (v.bitLength() > 64) {
            problems.add(pointer, "json.out-of-range", "expected a 64-bit integer, found a "
                    + v.toString().length() + "-digit number");
            return null;
        }
        return v;
    }

    /** An array, each element read; null when anything was wrong. */
    static <T> Read<List<T>> list(Read<T> element) {
        return (node, pointer, problems) -> {
            if (!(node instanceof JsonArray array)) {
                problems.add(pointer, "json.wrong-type", "expected an array, found " + describe(node));
                return null;
            }
            int mark = problems.mark();
            List<T> out = new ArrayList<>(array.size());
            boolean skipped = false;
            for (int i = 0; i < array.size(); i++) {
                Object e = array.get(i);
                if (e == JsonTree.REPORTED) {
                    skipped = true;
                    problems.skipped();
                } else {
                    out.add(element.read(e, pointer.child(i), problems));
                }
            }
            return problems.since(mark) || skipped ? null : out;
        };
    }

    /** An array of distinct elements; a repeated element is an invalid value at its index. */
    static <T> Read<Set<T>> set(Read<T> element) {
        return (node, pointer, problems) -> {
            List<T> list = list(element).read(node, pointer, problems);
            if (list == null) {
                return null;
            }
            Set<T> out = new LinkedHashSet<>();
            boolean ok = true;
            for (int i = 0; i < list.size(); i++) {
                if (!out.add(list.get(i))) {
                    problems.add(pointer.child(i), "json.invalid-value", "elements must be distinct: "
                            + list.get(i) + " appears more than once");
                    ok = false;
                }
            }
            return ok ? out : null;
        };
    }

    /**
     * An array of distinct codes of an enum, as {@code set(enumCode(type))} reads it (same problems, same order), but
     * straight into an {@link EnumSet}, without the intermediate list and linked set.
     */
    static <E extends Enum<E>> Read<Set<E>> enumSet(Class<E> type) {
        Read<E> element = enumCode(type);
        return (node, pointer, problems) -> {
            if (!(node instanceof JsonArray array)) {
                problems.add(pointer, "json.wrong-type", "expected an array, found " + describe(node));
                return null;
            }
            int mark = problems.mark();
            EnumSet<E> out = EnumSet.noneOf(type);
            boolean skipped = false;
            List<Integer> repeated = null;
            for (int i = 0; i < array.size(); i++) {
                Object e = array.get(i);
                if (e == JsonTree.REPORTED) {
                    skipped = true;
                    problems.skipped();
                    continue;
                }
                E value = element.read(e, pointer.child(i), problems);
                if (value != null && !out.add(value)) {
                    if (repeated == null) {
                        repeated = new ArrayList<>();
                    }
                    repeated.add(i);
                }
            }
            if (problems.since(mark) || skipped) {
                return null;
            }
            if (repeated != null) {
                for (int i : repeated) {
                    problems.add(pointer.child(i), "json.invalid-value", "elements must be distinct: "
                            + type.cast(CODES.get(type).get((String) array.get(i))) + " appears more than once");
                }
                return null;
            }
            return out;
        };
    }
}
