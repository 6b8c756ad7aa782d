package org.steward.core.io;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Properties of an {@link Importer}: {@code steward.importer.mediaType}, {@code .extensions}, {@code .name}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ImporterInfo {
    String PREFIX_ = "steward.importer.";

    /** e.g. {@code text/markdown} */
    String mediaType();

    /** File name endings without the dot, e.g. {@code md}. */
    String[] extensions() default {};

    String name();
}
