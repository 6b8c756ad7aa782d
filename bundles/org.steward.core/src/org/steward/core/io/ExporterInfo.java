package org.steward.core.io;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Properties of an {@link Exporter}: {@code steward.exporter.mediaType}, {@code .extension}, {@code .name}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ExporterInfo {
    String PREFIX_ = "steward.exporter.";

    String mediaType();

    String extension();

    String name();
}
