package io.maestro.analytics.domain;

import java.util.List;
import java.util.Locale;

/**
 * Maestro's own isometric symbol of each application family: a few boxes, cylinders and pyramids, sized as a share of
 * a cell (1 = the cell's width) and stacked from the ground ({@code z}). Parts are listed back to front.
 */
public enum FamilySymbol {
    APPLICATION(box(0, 0, 0, .45, .45, .8)),
    APIGATEWAY(box(0, 0, 0, .8, .25, .3), box(0, 0, .3, .3, .25, .25)),
    AUTH(box(0, 0, 0, .4, .4, .4), cylinder(0, 0, .4, .14, .2)),
    BROKER(box(-.2, 0, 0, .25, .6, .3), box(.2, 0, 0, .25, .6, .3)),
    CACHE(cylinder(0, 0, 0, .3, .2), cylinder(0, 0, .24, .3, .2)),
    CDN(pyramid(0, 0, 0, .7, .6)),
    CICD(cylinder(0, 0, 0, .35, .15), box(0, 0, .15, .2, .2, .4)),
    CONTAINERORCHESTRATION(box(-.2, -.2, 0, .3, .3, .3), box(.2, -.2, 0, .3, .3, .3), box(0, .2, 0, .3, .3, .3)),
    DATABASE(cylinder(0, 0, 0, .35, .55)),
    DNS(box(0, 0, 0, .5, .5, .2), pyramid(0, 0, .2, .5, .4)),
    LOADBALANCE(box(0, 0, 0, .7, .7, .15), cylinder(0, 0, .15, .2, .2)),
    LOGS(box(0, 0, 0, .6, .4, .1), box(0, 0, .14, .6, .4, .1), box(0, 0, .28, .6, .4, .1)),
    MACHINELEARNING(box(0, 0, 0, .5, .5, .5), pyramid(0, 0, .5, .5, .3)),
    MONITOR(box(0, 0, 0, .15, .15, .5), box(0, 0, .5, .6, .1, .35)),
    NAS(box(0, 0, 0, .7, .5, .35)),
    OBJECTSTORAGE(cylinder(0, 0, 0, .4, .3), cylinder(0, 0, .3, .3, .06)),
    REPOSITORY(box(0, 0, 0, .55, .55, .25), box(0, 0, .25, .45, .45, .25)),
    SERVERLESS(pyramid(0, 0, 0, .55, .8)),
    SERVICEDISCOVERY(box(0, 0, 0, .5, .5, .1), cylinder(0, 0, .1, .1, .45)),
    SERVICEMESH(cylinder(-.2, -.2, 0, .12, .3), cylinder(.2, -.2, 0, .12, .3), cylinder(-.2, .2, 0, .12, .3),
            cylinder(.2, .2, 0, .12, .3)),
    SMTP(box(0, 0, 0, .6, .35, .35), pyramid(0, 0, .35, .6, .2)),
    VPN(box(0, 0, 0, .6, .6, .2), box(0, 0, .2, .2, .6, .25));

    /** One part: a box ({@code w × d × h}), a cylinder (radius {@code w}, height {@code h}) or a square pyramid. */
    public record Part(Kind kind, double u, double v, double z, double w, double d, double h) {
    }

    public enum Kind { BOX, CYLINDER, PYRAMID }

    private final List<Part> parts;

    FamilySymbol(Part... parts) {
        this.parts = List.of(parts);
    }

    public List<Part> parts() {
        return parts;
    }

    /** The CSS name of the family: {@code family-<name>}. */
    public String cssClass() {
        return "family-" + name().toLowerCase(Locale.ROOT);
    }

    /** Whether the family is drawn one symbol per server (0.6: {@code application} and {@code cache}). */
    public boolean perServer() {
        return this == APPLICATION || this == CACHE;
    }

    /** An inventoried family ({@code ApiGateway}, {@code CI/CD}, {@code Loadbalance}...); unknown: application. */
    public static FamilySymbol of(String family) {
        String name = family == null ? "" : family.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", "");
        for (FamilySymbol known : values()) {
            if (known.name().equals(name)) {
                return known;
            }
        }
        return APPLICATION;
    }

    private static Part box(double u, double v, double z, double w, double d, double h) {
        return new Part(Kind.BOX, u, v, z, w, d, h);
    }

    private static Part cylinder(double u, double v, double z, double r, double h) {
        return new Part(Kind.CYLINDER, u, v, z, r, r, h);
    }

    private static Part pyramid(double u, double v, double z, double w, double h) {
        return new Part(Kind.PYRAMID, u, v, z, w, w, h);
    }
}
