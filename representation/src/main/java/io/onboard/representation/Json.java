package io.onboard.representation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The one JSON configuration of the API: snake_case names, RFC 3339 UTC timestamps with milliseconds,
 * and strict reading (unknown fields, wrong types and silent coercions are errors, not guesses).
 */
public final class Json {
    /** {@code 2026-11-23T20:41:00.123Z}: always three fraction digits, so clients can compare them as text. */
    public static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /**
     * snake_case that also separates a trailing number, as SPEC names it: {@code addressLine2} is
     * {@code address_line_2} (Jackson's plain SNAKE_CASE would say {@code address_line2}).
     */
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE_CASE_WITH_DIGITS =
            new PropertyNamingStrategies.SnakeCaseStrategy() {
                private static final long serialVersionUID = 1L;

                @Override
                public String translate(String input) {
                    String snake = super.translate(input);
                    return snake == null ? null : snake.replaceAll("([a-z])(\\d)", "$1_$2");
                }
            };

    private static final ObjectMapper MAPPER = build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static ObjectMapper build() {
        SimpleModule timestamps = new SimpleModule("onboard-timestamps");
        timestamps.addSerializer(Instant.class, new StdSerializer<>(Instant.class) {
            @Override
            public void serialize(Instant value, JsonGenerator generator, SerializerProvider provider) throws IOException {
                generator.writeString(TIMESTAMP.format(value));
            }
        });
        JsonMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(SNAKE_CASE_WITH_DIGITS)
                .addModule(timestamps)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .serializationInclusion(JsonInclude.Include.ALWAYS)
                .build();
        // A number where text is expected (or the reverse) is a client error, never silently converted.
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // Bound what one request can make the parser do: deep nesting and huge numbers are refused early.
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxNumberLength(50).maxStringLength(1_048_576).build());
        return mapper;
    }
}
