package org.steward.workbench;

/**
 * Ids of the workbench's extension points, their element and attribute names. Schemas: {@code schema/*.exsd}
 * of this bundle.
 */
public final class ExtensionPoints {

    /** Bundle that declares the extension points. */
    public static final String NAMESPACE = "org.steward.workbench";

    /** A model's own user interface (perspective, parts, editors), replacing the generic view for that model. */
    public static final String MODEL_UI = NAMESPACE + ".modelUi";
    /** Wizards offered by File &gt; Import…. */
    public static final String IMPORT_WIZARDS = NAMESPACE + ".importWizards";
    /** Writers offered by a result view's Export… menu. */
    public static final String EXPORTERS = NAMESPACE + ".exporters";

    /** Element of {@link #MODEL_UI}. */
    public static final String ELEMENT_MODEL_UI = "modelUi";
    /** Element of {@link #IMPORT_WIZARDS}. */
    public static final String ELEMENT_WIZARD = "wizard";
    /** Element of {@link #EXPORTERS}. */
    public static final String ELEMENT_EXPORTER = "exporter";

    public static final String ATT_ID = "id";
    public static final String ATT_NAME = "name";
    public static final String ATT_CLASS = "class";
    public static final String ATT_MODEL_ID = "modelId";
    public static final String ATT_PERSPECTIVE = "perspective";
    public static final String ATT_DESCRIPTION = "description";
    public static final String ATT_EXTENSION = "extension";
    public static final String ATT_MEDIA_TYPE = "mediaType";

    private ExtensionPoints() {
    }
}
