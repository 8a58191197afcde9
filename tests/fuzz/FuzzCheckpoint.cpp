// libFuzzer target: SignedNote::parse and Checkpoint::parse on arbitrary bytes, then the
// signature checks a verifier runs on what they accept (isSignedBy, AuditKeyring).
//
// Beyond "no crash, hang or leak" it checks that both parsers are strict as documented: a note
// they accept is exactly the note they write back, so what was signed is what is checked.

#include "FuzzSupport.h"

#include "audit/Checkpoint.h"

using namespace mizan;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input = fuzz::view(data, size);
    const AuditKeyring &keys = fuzz::seedKeyring();

    if (auto note = SignedNote::parse(input)) {
        if (note->toNote() != input)
            __builtin_trap(); // accepted, but not in the one form it writes
        static_cast<void>(note->isSignedBy(keys.origin, keys.workspacePublicKey));
        for (const SignedNote::Signature &s : note->signatures) {
            static_cast<void>(note->isSignedBy(s.keyName, keys.workspacePublicKey));
            static_cast<void>(note->rawSignature(s.keyName));
        }
        static_cast<void>(keys.checkNoteSignatures(*note, QStringLiteral("note")));
    }

    if (auto checkpoint = Checkpoint::parse(input)) {
        if (checkpoint->toNote() != input || checkpoint->root.size() != 32 || checkpoint->size < 0)
            __builtin_trap();
        static_cast<void>(checkpoint->isSignedBy(keys.origin, keys.workspacePublicKey));
        static_cast<void>(keys.checkSignatures(*checkpoint));
        static_cast<void>(checkpoint->extension(QStringLiteral("time")));
        static_cast<void>(checkpoint->extension(QStringLiteral("reason")));
    }
    return 0;
}
