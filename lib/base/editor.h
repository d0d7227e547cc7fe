// Opening a file in the user's editor the way git does: $VISUAL, else $EDITOR, else vi, run
// by the shell as  sh -c '<editor> "$@"' <editor> FILE, so that the editor setting may carry
// its own arguments ("code --wait") while the file's name is passed as an argument, never
// pasted into shell text.
#pragma once

#include <filesystem>
#include <string>

namespace prepkit {

// The editor to run: $VISUAL, else $EDITOR, else "vi" (empty values are skipped).
std::string editor_command();

// Runs `editor` on `file` and waits for it; an interrupt (Ctrl-C) goes to the editor, not to
// this program. Throws IoError when the editor cannot be started, fails, or is killed.
void run_editor(const std::string& editor, const std::filesystem::path& file);

}  // namespace prepkit
