package dev.tollgate.core.hooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HookFileTest {

  private static final String BODY = "echo tollgate\n";

  @Test
  void createdFileRoundTripsToNothing() {
    String text = HookFile.created(BODY);
    HookFile.Block block = HookFile.find(text).orElseThrow();
    assertThat(block.mode()).isEqualTo(HookFile.Mode.CREATED);
    assertThat(HookFile.remove(text, block)).isEmpty();
  }

  @Test
  void createdFileWithUserAdditionsKeepsThem() {
    String text = HookFile.created(BODY) + "echo mine\n";
    assertThat(HookFile.remove(text, HookFile.find(text).orElseThrow()))
        .isEqualTo("#!/bin/sh\necho mine\n");
  }

  @Test
  void inlineBlockIsRemovedExactly() {
    String user = "#!/usr/bin/env bash\r\nset -e\n\n# >>> not ours\necho hi";
    String text = HookFile.inline(user, BODY);
    assertThat(text).startsWith("#!/usr/bin/env bash\r\n# >>> tollgate inline");
    HookFile.Block block = HookFile.find(text).orElseThrow();
    assertThat(HookFile.remove(text, block)).isEqualTo(user);
    String updated = HookFile.replaceBody(text, block, "echo new\n");
    assertThat(updated).contains("echo new").doesNotContain("echo tollgate");
    assertThat(HookFile.remove(updated, HookFile.find(updated).orElseThrow())).isEqualTo(user);
  }

  @Test
  void onlyExecutableShellScriptsTakeAnInlineBlock() {
    assertThat(HookFile.acceptsInline("#!/bin/sh\necho\n", true)).isTrue();
    assertThat(HookFile.acceptsInline("#!/bin/bash -e\necho\n", true)).isTrue();
    assertThat(HookFile.acceptsInline("#!/usr/bin/env zsh\necho\n", true)).isTrue();
    assertThat(HookFile.acceptsInline("#!/bin/sh\necho\n", false)).isFalse();
    assertThat(HookFile.acceptsInline("#!/usr/bin/env python3\nprint()\n", true)).isFalse();
    assertThat(HookFile.acceptsInline("#!/bin/sh", true)).isFalse();
    assertThat(HookFile.acceptsInline("echo no shebang\n", true)).isFalse();
  }

  @Test
  void textWithoutOurMarkersHasNoBlock() {
    assertThat(HookFile.find("#!/bin/sh\n# >>> tollgate bogus >>>\n# <<< tollgate <<<\n"))
        .isEmpty();
    assertThat(HookFile.find("#!/bin/sh\necho\n")).isEmpty();
  }
}
