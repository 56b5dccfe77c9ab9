package org.frontline.channels.importer;

/** Follows an import as it runs: the command line draws its progress bar and prints each bad line. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {};

    default void progress(ImportJob job) {}

    default void lineError(ImportLineError error) {}
}
