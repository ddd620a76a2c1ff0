package org.aftercare.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.aftercare.InvalidValueException;
import org.aftercare.care.AsamLevel;
import org.aftercare.care.Modality;
import org.aftercare.evaluation.AftercareReport;
import org.aftercare.evaluation.EvaluationRequest;
import org.aftercare.incentive.Money;
import org.aftercare.jackson.internal.Problems;
import org.aftercare.jackson.internal.DomainCodecs;
import org.aftercare.jackson.internal.Wire;
import org.aftercare.screening.Analyte;

/**
 * A Jackson module for aftercare's public value types, such as {@code AsamLevel} as {@code "asam3:2.1"} and
 * {@code Money} as {@code "997.50"}.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new AftercareModule());
 * // or: new ObjectMapper().findAndRegisterModules()
 * AsamLevel level = mapper.readValue("\"asam3:2.1\"", AsamLevel.class);
 * EvaluationRequest request = mapper.readValue(json, EvaluationRequest.class);
 * String report = mapper.writeValueAsString(Aftercare.evaluate(request));
 * }</pre>
 *
 * <p>Registered: {@code AsamLevel}, {@code Modality}, {@code Analyte} and {@code Money} as their canonical strings;
 * {@code EvaluationRequest} (read and write) and {@code AftercareReport} (write) in the shapes of
 * {@link AftercareJson}. Deserializers go through the public factories; an {@code InvalidValueException} becomes an
 * {@link InvalidFormatException} with the exception kept as its cause, and a rejected request becomes a
 * {@link JsonMappingException} listing every problem. Class names never appear on the wire.
 *
 * <p>Prefer {@link AftercareJson} for untrusted input: it also rejects duplicate keys and enforces
 * {@link DecodeLimits}, which a mapper's tree reading does not.
 *
 * @since 0.1.0
 */
public final class AftercareModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public AftercareModule() {
        super("AftercareModule", new Version(0, 1, 0, "SNAPSHOT", "org.aftercare", "aftercare-jackson"));
        simple(AsamLevel.class, AsamLevel::toString, AsamLevel::parse);
        simple(Modality.class, Modality::code, Modality::parse);
        simple(Analyte.class, Analyte::code, Analyte::parse);
        simple(Money.class, Money::toString, AftercareModule::money);
        DomainCodecs.register(this);
        addSerializer(EvaluationRequest.class, new JsonSerializer<>() {
            @Override
            public void serialize(EvaluationRequest value, JsonGenerator g, SerializerProvider provider)
                    throws IOException {
                try {
                    Wire.writeRequest(g, value, null);
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(provider, "Failed to serialize EvaluationRequest: "
                            + e.getMessage(), e);
                }
            }
        });
        addDeserializer(EvaluationRequest.class, new JsonDeserializer<>() {
            @Override
            public EvaluationRequest deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                JsonNode tree = p.readValueAsTree();
                Decoded<EvaluationRequest> decoded = Wire.request(tree, new Problems());
                if (decoded instanceof Decoded.Accepted<EvaluationRequest> ok) {
                    return ok.value();
                }
                throw JsonMappingException.from(p, "Failed to deserialize EvaluationRequest: "
                        + decoded.problems().stream().map(Problem::toString).collect(Collectors.joining("; ")));
            }
        });
        addSerializer(AftercareReport.class, new JsonSerializer<>() {
            @Override
            public void serialize(AftercareReport value, JsonGenerator g, SerializerProvider provider)
                    throws IOException {
                Wire.writeReport(g, value, null);
            }
        });
    }

    private static Money money(String text) {
        if (text.startsWith("$")) {
            throw new InvalidValueException("money", "be a plain decimal amount such as 997.50", "\"" + text + "\"");
        }
        return Money.parse(text);
    }

    private <T> void simple(Class<T> type, Function<T, String> format, Function<String, T> parse) {
        addSerializer(type, new JsonSerializer<T>() {
            @Override
            public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
                g.writeString(format.apply(value));
            }
        });
        addDeserializer(type, new JsonDeserializer<T>() {
            @Override
            public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(ctxt.handleUnexpectedToken(type, p));
                }
                String text = p.getText();
                try {
                    return parse.apply(text);
                } catch (InvalidValueException e) {
                    InvalidFormatException failure = InvalidFormatException.from(p, "Failed to deserialize "
                            + type.getSimpleName() + ": " + e.getMessage(), text, type);
                    failure.initCause(e);
                    throw failure;
                }
            }
        });
    }
}
