package io.maestro.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class DeepDiffTest {

    @Test
    void fullDiffShowsAddedChangedAndRemovedKeys() {
        Document diff = DeepDiff.diff(Document.parse("{name: 'www', cpu: 2, os: {base: 'Linux', dist: 'Ubuntu'}, old: 1}"),
                Document.parse("{name: 'www3', cpu: 2.0, os: {base: 'Linux', dist: 'Debian'}, memory: 4}"));

        assertThat(diff.toJson()).isEqualTo(Document.parse("{old: null, name: 'www3', os: {dist: 'Debian'}, memory: 4}").toJson());
    }

    @Test
    void arraysAreDiffedByIndex() {
        Document diff = DeepDiff.diff(Document.parse("{tags: [{key: 'a', value: '1'}, {key: 'b', value: '2'}, {key: 'c', value: '3'}]}"),
                Document.parse("{tags: [{key: 'a', value: '1'}, {key: 'b', value: '9'}]}"));

        assertThat(diff.toJson()).isEqualTo(Document.parse("{tags: {'2': null, '1': {value: '9'}}}").toJson());
    }

    @Test
    void creationDiffIsTheWholeBodyAndEqualBodiesHaveNoDiff() {
        Document body = Document.parse("{name: 'x', list: [1, 2], nested: {a: {}}, empty: []}");

        assertThat(DeepDiff.diff(new Document(), body)).isEqualTo(body);
        assertThat(DeepDiff.diff(body, Document.parse(body.toJson()))).isEmpty();
    }

    @Test
    void emptyObjectsFollowDeepObjectDiff() {
        assertThat(DeepDiff.diff(Document.parse("{a: {x: 1}, b: 'text', c: {}}"), Document.parse("{a: {}, b: {}, c: {}}")).toJson())
                .isEqualTo(Document.parse("{a: {x: null}, b: {}}").toJson());
    }

    @Test
    void rightHandDiffListsOnlyThePatchedKeysThatChanged() {
        Document snapshot = Document.parse("{name: 'www', family: 'Application', os: {base: 'Linux', dist: 'Ubuntu'}, tags: [1, 2]}");

        Document diff = DeepDiff.rightHand(Document.parse("{name: 'www', family: 'Database', os: {base: 'Linux'}, tags: [1, 3], new: true}"),
                snapshot);

        assertThat(diff.toJson()).isEqualTo(Document.parse("{family: 'Database', os: {dist: null}, tags: [1, 3], new: true}").toJson());
        assertThat(DeepDiff.rightHand(Document.parse("{name: 'www'}"), snapshot)).isEmpty();
    }
}
