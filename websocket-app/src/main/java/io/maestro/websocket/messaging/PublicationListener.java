package io.maestro.websocket.messaging;

import io.maestro.websocket.api.BrowserFrames;
import io.maestro.websocket.domain.Publication;
import io.maestro.websocket.domain.SessionRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Delivers each publication arriving on this instance's queue to the local sockets subscribed to its channels. */
@Component
public class PublicationListener implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(PublicationListener.class);

    private final SessionRegistry registry;
    private final BrowserFrames frames;
    private final JsonMapper json;

    public PublicationListener(SessionRegistry registry, BrowserFrames frames, JsonMapper json) {
        this.registry = registry;
        this.frames = frames;
        this.json = json;
    }

    @Override
    public void onMessage(Message message) {
        Publication publication;
        try {
            publication = json.readValue(message.getBody(), Publication.class);
        } catch (JacksonException e) {
            // Requeueing a message that can never be read would loop; drop it.
            log.warn("Dropping an unreadable publication: {}", e.getOriginalMessage());
            return;
        }
        if (publication.channels() == null || publication.data() == null) {
            log.warn("Dropping a publication without channels or data");
            return;
        }
        for (String channel : publication.channels()) {
            if (registry.hasSubscribers(channel)) {
                registry.deliver(channel, frames.push(channel, publication.data()));
            }
        }
    }
}
