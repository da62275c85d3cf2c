package com.articlefacts.extraction;

import java.util.Set;

/** One step of the pipeline: it reads the layers it requires and returns the document with the layers it provides. */
public interface Stage {

    Set<Layer<?>> requires();

    Set<Layer<?>> provides();

    Document apply(Document doc);
}
