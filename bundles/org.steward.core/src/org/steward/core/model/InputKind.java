package org.steward.core.model;

/** What a model reads as its main input, so that forms and command lines can ask for the right thing. */
public enum InputKind {
    NONE, FILE, DIRECTORY, FILE_OR_DIRECTORY
}
