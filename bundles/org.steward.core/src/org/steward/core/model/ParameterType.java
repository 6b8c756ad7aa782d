package org.steward.core.model;

/** Value types a model parameter can have; each maps to one widget in the generic form. */
public enum ParameterType {
    STRING, INTEGER, NUMBER, BOOLEAN, CHOICE, STRING_LIST
}
