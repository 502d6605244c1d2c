package io.maestro.server.domain.resource;

import org.bson.Document;

/**
 * Work a create needs done in two parts: before the record is stored (checks, downstream calls whose answer decides
 * what else gets created; throwing refuses the create and nothing is stored) and after (writing what depends on the
 * stored record). The second part is what {@link #prepare} returns, so that what the first part learnt reaches it
 * without being stored on the record.
 */
@FunctionalInterface
public interface CreateStep {

    /**
     * @param fields the validated fields about to be stored, after the before-save hooks; the step may change them
     * @return the hook to run on the stored record once it is saved
     */
    SaveHook prepare(Document fields, Actor actor);
}
