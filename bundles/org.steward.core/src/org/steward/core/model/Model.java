package org.steward.core.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Component properties that identify an {@link AnalysisModel}: put it on the component class. The properties
 * are {@code steward.model.id}, {@code .name}, {@code .category}, {@code .version}, {@code .description}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Model {
    /** Prefix of the generated component property names. */
    String PREFIX_ = "steward.model.";

    /** Unique id, lower case, dotted: {@code customer.coword}. */
    String id();

    /** Name shown to people. */
    String name();

    /** Group in the model navigator: {@code Customers}, {@code Tracing}, {@code Samples}… */
    String category();

    /** Version of the model's behaviour (semantic). */
    String version() default "1.0.0";

    /** One or two sentences. */
    String description() default "";
}
