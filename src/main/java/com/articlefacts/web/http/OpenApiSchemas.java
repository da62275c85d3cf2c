package com.articlefacts.web.http;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.articlefacts.extraction.Event;
import com.articlefacts.extraction.FactLexicon;
import com.articlefacts.extraction.TemporalExpression;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;

/**
 * Makes the response schemas say exactly what the responses hold, from the records that render them: every
 * component is always present (required), and only those marked {@code @Nullable} may be null. Request schemas
 * keep their own required list (a field a writer may leave out). Offsets get their enum, text bodies are text, and
 * public reads say they need no credential.
 */
@Component
class OpenApiSchemas implements OpenApiCustomizer {

    private static final String RESPONSE_PACKAGE = "com.articlefacts";
    private static final String REF_PREFIX = "#/components/schemas/";
    private static final String EXAMPLES = "/openapi/examples.json";
    private static final String EVENT_TYPE_PARAMETER = "/api/events?type";

    private final Map<String, Class<?>> records = responseRecords();
    private final JsonNode examples = JsonMapper.builder().build()
            .readTree(OpenApiSchemas.class.getResourceAsStream(EXAMPLES));
    /** The closed sets of values the server gives a string member, by schema and member. */
    private final Map<String, List<String>> enums;

    OpenApiSchemas(FactLexicon lexicon) {
        List<String> eventTypes = List.copyOf(new TreeSet<>(lexicon.eventTypes().keySet()));
        this.enums = Map.of(
                "EventResponse.type", eventTypes,
                "EventResponse.certainty", Event.CERTAINTIES,
                "Casualty.kind", Event.Casualty.KINDS,
                "DateResponse.kind", TemporalExpression.KINDS,
                "DateResponse.granularity", TemporalExpression.GRANULARITIES,
                EVENT_TYPE_PARAMETER, eventTypes);
    }

    @Override
    public void customise(OpenAPI openApi) {
        Set<String> requestSchemas = new HashSet<>();
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            documentOperation(operation, requestSchemas);
            if (path.equals("/api/events")) {
                eventTypeParameter(operation);
            }
        }));
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        schemas.forEach((name, schema) -> {
            Class<?> type = records.get(name);
            if (type != null) {
                describe(schema, type, !requestSchemas.contains(name));
            }
        });
        Set<String> inlined = new HashSet<>();
        schemas.values().forEach(schema -> inlined.addAll(inlineNullableReferences(schema, schemas)));
        String description = Json.pretty(openApi);
        inlined.removeIf(name -> description.contains("\"" + REF_PREFIX + name + "\""));
        inlined.forEach(schemas::remove);
        schemas.values().forEach(OpenApiSchemas::offsetsEnum);
        schemas.forEach(this::enums);
        schemas.forEach(this::examples);
        pagedModels(schemas);
    }

    private static void documentOperation(Operation operation, Set<String> requestSchemas) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            Content content = operation.getRequestBody().getContent();
            content.forEach((mediaType, media) -> {
                Schema<?> schema = media.getSchema();
                if (schema != null && schema.get$ref() != null) {
                    requestSchemas.add(schema.get$ref().substring(REF_PREFIX.length()));
                }
            });
            MediaType text = content.get(org.springframework.http.MediaType.TEXT_PLAIN_VALUE);
            if (text != null) {
                // the controllers read raw bytes to check the encoding themselves, but the body is UTF-8 text
                text.schema(new StringSchema().description("The article as UTF-8 text in the seed files' layout:"
                        + " title, blank line, standfirst, optional reading time and date lines, then paragraphs"
                        + " separated by blank lines"));
            }
        }
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(new ArrayList<>()); // a public read: no credential at all
        }
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("offsets".equals(parameter.getName())) {
                    parameter.schema(offsetUnitSchema());
                }
            }
        }
    }

    /** The enum of a string member the server fills from a closed set, so that typed clients get a union. */
    private void enums(String schemaName, Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            List<String> values = enums.get(schemaName + "." + name);
            if (values != null && "string".equals(property.getType())) {
                @SuppressWarnings("unchecked")
                Schema<String> strings = (Schema<String>) property;
                strings.setEnum(new ArrayList<>(values));
            }
        });
    }

    /** The type filter of the event search takes the same values as an event's type. */
    private void eventTypeParameter(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if ("type".equals(parameter.getName())) {
                StringSchema types = new StringSchema();
                enums.get(EVENT_TYPE_PARAMETER).forEach(types::addEnumItem);
                parameter.schema(types.description("Case does not matter"));
            }
        }
    }

    /** Required and nullable from the record's components (see inlineNullableReferences for nullable objects). */
    private static void describe(Schema<?> schema, Class<?> type, boolean response) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Schema<?> property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            boolean nullable = component.getAnnotatedType().isAnnotationPresent(Nullable.class);
            if (nullable) {
                property.nullable(true);
            }
            // a response writes every member, null ones too; a request may leave out what may be null
            if (response || !nullable) {
                required.add(component.getName());
            }
        }
        if (response) {
            schema.setRequired(required);
        }
    }

    /**
     * OpenAPI 3.0 cannot say "this reference or null" (nullable beside $ref is ignored, and inside allOf the
     * referenced schema still refuses null), so a nullable object property gets the referenced schema inline.
     */
    private static Set<String> inlineNullableReferences(Schema<?> schema, Map<String, Schema> schemas) {
        Map<String, Schema> properties = schema.getProperties();
        Set<String> inlined = new HashSet<>();
        if (properties == null) {
            return inlined;
        }
        properties.replaceAll((name, property) -> {
            if (!Boolean.TRUE.equals(property.getNullable()) || property.get$ref() == null) {
                return property;
            }
            String referenced = property.get$ref().substring(REF_PREFIX.length());
            inlined.add(referenced);
            Schema<?> target = schemas.get(referenced);
            return new Schema<>().type("object").nullable(true).properties(target.getProperties())
                    .required(target.getRequired()).description(property.getDescription() != null
                            ? property.getDescription() : target.getDescription());
        });
        return inlined;
    }

    /** Examples from the seed (openapi/examples.json), by schema and member or by member alone. */
    private void examples(String schemaName, Schema<?> schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            JsonNode example = examples.has(schemaName + "." + name) ? examples.get(schemaName + "." + name)
                    : examples.get("*." + name);
            if (example != null && property.get$ref() == null && property.getType() != null
                    && !"object".equals(property.getType()) && !"array".equals(property.getType())) {
                property.setExample(example.isNumber() ? example.numberValue()
                        : example.isBoolean() ? example.booleanValue() : example.asString());
            }
        });
    }

    private static void offsetsEnum(Schema<?> schema) {
        if (schema.getProperties() != null && schema.getProperties().containsKey("offsets")) {
            schema.getProperties().put("offsets", offsetUnitSchema());
        }
    }

    static Schema<?> offsetUnitSchema() {
        StringSchema schema = new StringSchema();
        for (OffsetUnit unit : OffsetUnit.values()) {
            schema.addEnumItem(unit.parameter());
        }
        return schema.description(OffsetUnit.DESCRIPTION)._default(OffsetUnit.UTF16.parameter());
    }

    /** Spring Data's page of results: a page of content and its metadata, always both. */
    private static void pagedModels(Map<String, Schema> schemas) {
        schemas.forEach((name, schema) -> {
            if (name.startsWith(PagedModel.class.getSimpleName()) && schema.getProperties() != null) {
                schema.setRequired(List.of("content", "page"));
            }
        });
        Schema<?> page = schemas.get("PageMetadata");
        if (page != null) {
            describe(page, PagedModel.PageMetadata.class, true);
        }
    }

    /** The records under the application's package, by the simple name springdoc gives their schemas. */
    private static Map<String, Class<?>> responseRecords() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) ->
                Record.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
        Map<String, Class<?>> found = new HashMap<>();
        ClassLoader loader = OpenApiSchemas.class.getClassLoader();
        for (BeanDefinition candidate : scanner.findCandidateComponents(RESPONSE_PACKAGE)) {
            String className = candidate.getBeanClassName();
            if (className != null) {
                Class<?> type = ClassUtils.resolveClassName(className, loader);
                found.put(type.getSimpleName(), type);
            }
        }
        return found;
    }
}
