package io.maestro.analytics.domain;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * The PNG of a map, rendered from its SVG with Batik when the map is sent (0.6 converted on first view). A map wider
 * than {@link #MAX_WIDTH} pixels is scaled down to it, keeping its proportions, so a large business stays a file a
 * browser opens.
 */
public final class PngRenderer {

    static final float MAX_WIDTH = 4000;

    private PngRenderer() {
    }

    public static byte[] render(IsometricSvg.Drawing drawing) {
        PNGTranscoder transcoder = new PNGTranscoder();
        if (drawing.width() > MAX_WIDTH) {
            transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, MAX_WIDTH);
        }
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        TranscoderInput input = new TranscoderInput(new StringReader(drawing.svg()));
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            transcoder.transcode(input, new TranscoderOutput(png));
        } catch (TranscoderException failed) {
            throw new IllegalStateException("The map's PNG could not be rendered: " + failed.getMessage(), failed);
        }
        return png.toByteArray();
    }
}
