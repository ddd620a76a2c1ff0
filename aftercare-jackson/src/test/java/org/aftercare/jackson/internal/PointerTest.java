package org.aftercare.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A document's pointers are reused per depth: each re-pointed child names its new member, never a previous one. */
class PointerTest {
    @Test
    void childrenNameTheirPath() {
        Pointer root = Pointer.root();
        assertThat(root.toString()).isEmpty();
        assertThat(root.child("plan").child("services").child(1).child("schedule").toString())
                .isEqualTo("/plan/services/1/schedule");
        assertThat(root.child("a/b").child("c~d").toString()).isEqualTo("/a~1b/c~0d");
    }

    @Test
    void aReusedChildForgetsTheTextOfItsPreviousMemberAndOfEveryDescendant() {
        Pointer root = Pointer.root();
        Pointer events = root.child("incentive").child("events");
        Pointer outcome = events.child(3).child("results").child(1).child("outcome");
        assertThat(outcome.toString()).isEqualTo("/incentive/events/3/results/1/outcome");
        // the next element of the same array: the same objects, re-pointed
        Pointer next = events.child(4);
        assertThat(next.toString()).isEqualTo("/incentive/events/4");
        assertThat(next.child("results").child(0).child("analyte").toString())
                .isEqualTo("/incentive/events/4/results/0/analyte");
        // a sibling member higher up: every text below it changes
        assertThat(root.child("plan").child("attendance").child(7).toString()).isEqualTo("/plan/attendance/7");
        assertThat(root.child("plan").toString()).isEqualTo("/plan");
    }

    @Test
    void aReusedChildWhoseTextWasNeverBuiltIsBuiltFresh() {
        Pointer root = Pointer.root();
        Pointer a = root.child("a");
        Pointer deep = a.child("x").child(0);
        Pointer b = root.child("b");
        assertThat(b.child("x").child(0).toString()).isEqualTo("/b/x/0");
        assertThat(deep.toString()).isEqualTo("/b/x/0");
    }

    @Test
    void theSharedRootAlwaysGivesNewChildren() {
        Pointer a = Pointer.ROOT.child("a");
        Pointer b = Pointer.ROOT.child("b");
        assertThat(a).isNotSameAs(b);
        assertThat(a.toString()).isEqualTo("/a");
        assertThat(b.toString()).isEqualTo("/b");
        assertThat(a.child(2).toString()).isEqualTo("/a/2");
    }

    @Test
    void indexesAndNamesAlternateOnOneChild() {
        Pointer root = Pointer.root();
        Pointer p = root.child("list");
        assertThat(p.child(0).toString()).isEqualTo("/list/0");
        assertThat(p.child("name").toString()).isEqualTo("/list/name");
        assertThat(p.child(12).toString()).isEqualTo("/list/12");
    }
}
