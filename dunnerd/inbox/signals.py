"""Pure: the signs a message carries, each a label with a reason the owner can read.

Headers (RFC 3834 Auto-Submitted, Precedence, List-*, the null sender), structure (reports,
calendar parts, attached messages), the sender's address and the words of the subject and body
(lexicon.py). classify.py weighs them; this module only finds them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from dunnerd.inbox import lexicon, reply_facts
from dunnerd.inbox.extract import fold
from dunnerd.inbox.parse import ParsedMessage


@dataclass
class Reading:
    """The signals found in one message: labels for the record, reasons for the owner."""

    labels: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    def add(self, label: str, reason: str) -> None:
        if label not in self.labels:
            self.labels.append(label)
            self.reasons.append(reason)

    def has(self, *labels: str) -> bool:
        return any(label in self.labels for label in labels)


def read_signals(m: ParsedMessage) -> tuple[Reading, str]:
    r = Reading()
    h = m.headers
    auto = fold(h.get("auto-submitted", "")).split(";")[0].strip()
    if auto == "no":
        r.add("auto_submitted_no", "Auto-Submitted: no (sent by a person)")
    elif auto.startswith("auto-replied"):
        r.add("auto_replied", f"Auto-Submitted: {auto}")
    elif auto:
        r.add("auto_generated", f"Auto-Submitted: {auto}")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder"):
        if name in h and fold(h[name]) not in ("no", "false", "0"):
            r.add("x_autoreply", f"{name}: {h[name][:40]}")
    suppress = fold(h.get("x-auto-response-suppress", ""))
    if suppress and any(v in suppress for v in ("all", "oof", "autoreply")):
        r.add("auto_response_suppress", f"X-Auto-Response-Suppress: {suppress[:40]}")
    precedence = fold(h.get("precedence", "")).strip()
    if precedence in ("auto_reply", "auto-reply"):
        r.add("precedence_auto_reply", "Precedence: auto_reply")
    elif precedence == "junk":
        r.add("precedence_junk", "Precedence: junk")
    elif precedence in ("bulk", "list"):
        r.add("precedence_bulk", f"Precedence: {precedence}")
    domain = (m.from_address or "@").rsplit("@", 1)[1]  # the sender's, as written
    if "list-id" in h or "list-post" in h:
        r.add("list", "List-Id/List-Post: sent through a mailing list")
    list_name = h.get("list-id", "").strip().strip("<>").split(".")[0].rsplit("<", 1)[-1]
    topic = lexicon.REPLY_SUBJECT.sub("", m.subject).strip().lower()
    tagged = bool(list_name) and topic.startswith(f"[{list_name.lower()}]")
    if "mailto:" in h.get("list-post", "").lower() or tagged or _list_manager_post(h, domain):
        # RFC 2369: members may post, so the From is one of them (an announcement list or a
        # newsletter gives no List-Post, or "NO").
        r.add("discussion_list", "List-Post: a discussion list, written by one of its members")
    if "list-unsubscribe" in h:
        r.add("list_unsubscribe", "List-Unsubscribe header")
    spam = fold(h.get("x-spam-flag", "") + " " + h.get("x-spam-status", "")[:4])
    if re.search(r"\byes\b", spam):
        r.add("spam_flag", "the receiving server's spam filter flagged it")
    if m.return_path == "":
        r.add("null_sender", "Return-Path: <> (the null envelope sender)")
    local = fold((m.from_address or "").split("@")[0] + " " + m.from_name)
    if lexicon.DAEMON_SENDER.match(local) or lexicon.DAEMON_SENDER.match(fold(m.from_name)):
        r.add("daemon_sender", f"sent by {m.from_address or m.from_name}")
    elif lexicon.NO_REPLY_SENDER.match(local) or (lexicon.ROLE_SENDER.match(local)
                                                  and not m.thread_ids):
        r.add("noreply_sender", f"sent from a no-reply or service address {m.from_address}")
    name = fold(m.from_name)
    if lexicon.SERVICE_NAME.search(name):
        r.add("service_name", f"the sender's name {m.from_name[:40]!r} is a service")
    if lexicon.BANK_NAME.search(name) or lexicon.BANK_NAME.search(fold(m.text[-600:])):
        r.add("bank_name", "a bank or payment service names itself")
    if not m.from_address:
        r.add("no_sender", "no From address")
    if re.search(r"\b[A-Z]{2,6}=\S+(?:\s+[A-Z]{2,6}=\S+){3,}", m.text[:2000]):
        r.add("key_values", "a machine's key=value record")
    reply_to = fold(h.get("reply-to", "")).rpartition("@")[2].strip(" >")
    if reply_to and domain and not (reply_to == domain or reply_to.endswith("." + domain)
                                    or domain.endswith("." + reply_to)
                                    or _brand(reply_to) == _brand(domain)):
        r.add("reply_to_elsewhere", f"Reply-To points to another domain ({reply_to[:60]})")
    if m.attachments and "message/rfc822" in m.attachments:
        r.add("forwards_message", "carries a message as an attachment")
    shown = re.search(r"\b[\w-]+\.(?:gouv|fr|com|net|org)\b", name)
    if ((r.has("bank_name", "service_name") and lexicon.LOOKALIKE_DOMAIN.search(fold(domain)))
            or (shown and not domain.endswith(shown.group(0)))):
        r.add("phishing", f"a name made to look official from the domain {domain[:60]}")
    if lexicon.PAYMENT_PROCESSOR.search(fold(domain)):
        r.add("payment_sender", f"sent from a payment service or bank domain {domain}")
    if m.report_type or m.content_type == "multipart/report":
        r.add(f"report_{m.report_type or 'unknown'}", f"multipart/report {m.report_type}")
    if "message/feedback-report" in m.part_types or m.report_type == "feedback-report":
        r.add("feedback_report", "an abuse feedback report (ARF)")
    if "text/calendar" in m.part_types:
        r.add("calendar", "carries a calendar invitation")
    if "application/ms-tnef" in m.part_types:
        r.add("tnef", "carries a TNEF (winmail.dat) part")
    if m.html_only:
        r.add("html_only", "HTML body without a plain-text part")
    if m.thread_ids:
        r.add("threaded", "In-Reply-To/References present")
    subject = fold(m.subject)
    if lexicon.REPLY_SUBJECT.match(subject):
        r.add("reply_subject", f"subject {m.subject[:60]!r} is a reply or forward")
    body = fold(m.text[:20_000])
    if lexicon.QUOTE.search(body):
        r.add("quotes", "quotes an earlier message")
    own = own_words(body)  # searched by several signals: the quote is found once
    for label, pattern, where, text in (
            ("auto_subject", lexicon.AUTO_SUBJECT, "subject", subject),
            ("dsn_subject", lexicon.DSN_SUBJECT, "subject", subject),
            ("dsn_phrase", lexicon.DSN, "body", body[:8000]),
            ("challenge", lexicon.CHALLENGE, "body", body[:8000]),
            ("vacation", lexicon.VACATION, "body", body[:4000]),
            ("acknowledgement", lexicon.ACKNOWLEDGEMENT, "body", body[:4000]),
            ("auto_ack", lexicon.AUTO_ACK, "body", body[:4000]),
            ("notice_footer", lexicon.NOTICE_FOOTER, "body", body[:12000]),
            ("phishing", lexicon.PHISHING, "body", body[:6000]),
            ("phishing", lexicon.PHISHING, "subject", subject),
            ("dunning_us", lexicon.DUNNING_US, "body", own),
            ("unsubscribe_words", lexicon.UNSUBSCRIBE, "body", own),
            ("payment_phrase", lexicon.PAYMENT, "text", subject + "\n" + body[:8000]),
            ("payment_phrase", lexicon.PAYMENT, "sender", re.sub(r"[._+-]", " ", local)),
            ("human_payment", lexicon.HUMAN_PAYMENT, "body", own),
            ("bulk_words", lexicon.BULK_BODY, "body", own),
            ("bills_us", lexicon.BILLS_US, "body", own[:4000]),
            ("notification_words", lexicon.NOTIFICATION_BODY, "body", body[:8000])):
        found = pattern.search(text)
        if found:
            r.add(label, f"{where} says {found.group(0).strip()[:60]!r}")
    if "x-failed-recipients" in h:
        r.add("x_failed_recipients", "X-Failed-Recipients header")
    sample = m.subject + " " + m.text[:2000]
    foreign = len(re.findall(r"[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f"
                             r"\u3040-\u9fff\uac00-\ud7af]", sample))
    if foreign >= 8 and foreign > len(re.findall(r"[a-zA-Z]", sample)) / 2:
        r.add("foreign_script", "written mostly in a script other than Latin")
    if len(set(lexicon.OBFUSCATED.findall(body[:8000]))) >= 3:
        r.add("obfuscated", "words spelt with symbols for letters, a spam trick")
    if lexicon.TICKET_STATUS.search(body[:4000]):
        r.add("ticket_status", "a ticket system's status notice")
    if (r.has("reply_subject") and not m.thread_ids and not r.has("quotes")
            and not re.match(r"\W*(?:fwd?|tr|wg)\b", subject)):
        r.add("fake_reply", "subject says reply but nothing is quoted or threaded")
    if (r.has("vacation") and not r.has("quotes", "human_payment")
            and len(own.split()) <= ABSENCE_WORDS and lexicon.SELF_AWAY.search(own)
            and not lexicon.ACTED.search(own) and not reply_facts.commits(own)
            and not lexicon.MOBILE_SIGNATURE.search(own)):
        r.add("absence_only", "says only that the writer is away, and quotes nothing: the "
              "answer of an absence responder")
    if not m.thread_ids and not r.has("quotes"):
        r.add("fresh", "starts a conversation: no threading, nothing quoted")
    if r.has("fake_reply") and not lexicon.REPLY_SUBJECT.sub("", m.subject).strip():
        r.add("empty_reply", "a reply to nothing: the subject is only a reply prefix")
    first_person = _FIRST_PERSON.search(own[:3000])
    if first_person:
        r.add("first_person", f"someone writes {first_person.group(0)!r}")
    impersonal = not first_person and not reply_facts.commits(own)
    if m.from_address and _brand_name(name, domain) and impersonal:
        r.add("brand_sender", f"sent in the name of {m.from_name[:40]!r}, its domain's brand, "
              "and nobody writes in the first person")
    if _PUBLIC_BODY.search(domain.lower()) and impersonal:
        r.add("public_sender", f"sent by a public administration ({domain[:60]}) and nobody "
              "writes in the first person")
    if (impersonal and len(own.split()) >= IMPERSONAL_WORDS
            and not r.has("reply_subject", "forwards_message")
            and not _TALKS_TO_READER.search(_URL.sub(" ", own[:3000]))
            and not _SIGNATURE_LINE.search(m.text)):
        r.add("impersonal", "nobody writes in the first person, says 'tu', asks a question or "
              "signs below a mail program's '-- ' line")
    signature = _TEAM_SIGNATURE.search(own[-400:])
    if signature:
        r.add("team_signature", f"signed by a team, not a person: {signature.group(0).strip()!r}")
    records = _RECORD_LINE.findall(own[:6000])
    if len(records) >= 8:
        r.add("record_lines", f"{len(records)} lines of label and value: a machine's record")
    attached = sum(t == "message/rfc822" for t in m.part_types)
    if attached and not m.thread_ids and not r.has("reply_subject"):
        r.add("attached_messages", "carries another message without saying it forwards it")
    if len(re.findall(r"[^\W\d_]", m.text[:2000])) < 15:
        r.add("no_text", "hardly any text")
        if r.has("attached_messages"):
            r.add("only_attached", "no words of its own around the message it carries: a report")
    recipients = fold(h.get("to", ""))
    if re.search(r"\b(?:announce|newsletter|all|everyone|undisclosed)[a-z-]*@", recipients):
        r.add("broadcast", "addressed to an announcement list")
    return r, body


_TEAM_SIGNATURE = re.compile(
    r"^\W*(?:l'equipe|toute l'equipe|the [\w &.-]{1,30} team|your [\w &.-]{1,30} team"
    # (not "Service comptabilité": a client's accounts people answer reminders)
    r"|le service client(?:s|ele)?|(?:le )?service (?:commercial|abonnements?)"
    r"|le secretariat (?:technique|general))\b[^\n]{0,40}$",
    re.MULTILINE)
# A government's domain: "ille-et-vilaine.gouv.fr", "dgfip.finances.gouv.fr".
_PUBLIC_BODY = re.compile(r"(?:^|\.)gouv\.[a-z]+$|\.gouv\.")
# "je", "I", and the writer as object: "il me manque les relevés", "on m'a donné votre nom"
_FIRST_PERSON = re.compile(r"\b(?:je|moi|me|i)\b|\b[jm]'\w")
# A person talking to the reader: "tu peux", a question, the spoken "on" ("dès qu'on les aura").
_TALKS_TO_READER = re.compile(r"\b(?:tu|ta|ton|tes|toi|te)\b|\bt'\w|\?|\bon [lsnm]'"
                              r"|\bon (?:a|avait|aura|est|etait|sera|peut|pourra|va|doit|fait"
                              r"|fera|vous|te|se|les|le|la|en|y|ne)\b")
_URL = re.compile(r"\bhttps?://\S+")  # a link's query string asks nothing
# RFC 3676's "-- " line: a mail program puts it above a person's signature.
_SIGNATURE_LINE = re.compile(r"^-- ?$", re.MULTILINE)
IMPERSONAL_WORDS = 20  # below, a message says too little to tell who wrote it ("ok", "cf PJ")
ABSENCE_WORDS = 80  # an absence notice with its return date and a contact fits in this
_RECORD_LINE = re.compile(r"^ *[^\s:=-][^\n:=]{0,40}? ?(?: -|:|=) +\S[^\n]{0,80}$", re.MULTILINE)


def _list_manager_post(h: Mapping[str, str], sender: str) -> bool:
    """A post relayed by a list manager (Mailman, Sympa, Google Groups): its List-Unsubscribe is
    a mailto "<list>-leave@", "-unsubscribe@" or "-request@" at the list's own domain, and its
    From is a member at another domain (a newsletter's From is the list's brand)."""
    list_id = h.get("list-id", "").lower().rsplit("<", 1)[-1].strip(" <>")
    leave = re.search(r"mailto:[^@>\s]*[-+](?:leave|unsubscribe|request)@([\w.-]+)",
                      h.get("list-unsubscribe", "").lower())
    return bool(list_id and leave and sender and _brand(leave.group(1)) == _brand(list_id)
                and _brand(sender) != _brand(list_id))


def _brand_name(name: str, domain: str) -> bool:
    """The display name is an organisation's, the one its domain spells ("Autodesk" at
    autodeskcommunications.com, "Service commercial ClimaWin" at climawin-logiciel.example),
    not a person's: a first name is not in the domain ("Sophie Marchetti-Roy" at
    marchetti-roy.fr)."""
    words = [w for w in re.findall(r"[a-z0-9]+", name) if w not in _NAME_FILLERS]
    spelt = re.sub(r"[^a-z0-9]", "", domain.lower().rpartition(".")[0])
    return len("".join(words)) >= 3 and all(len(w) >= 2 and w in spelt for w in words)


# Words an organisation puts around its name in a display name.
_NAME_FILLERS = frozenset(
    "service services equipe team support client clients clientele commercial notifications "
    "notification info infos news newsletter the le la les l de du des by from via your votre "
    "billing facturation alerts alertes communications customer care hello mon my "
    "securite security compte account france sas sarl sa eurl sasu ltd inc gmbh laboratoire "
    "labo groupe group".split())


def _brand(domain: str) -> str:
    """The name before the top-level domain: one brand's "paypal.fr" and "paypal.com"; under a
    country's generic second level ("shop.co.uk", "ville.gouv.fr") the name before that."""
    labels = domain.lower().split(".")
    if len(labels) >= 3 and labels[-2] in _GENERIC_SECOND_LEVEL:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else domain


_GENERIC_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "gouv", "ac", "edu", "asso"})


def own_words(body: str) -> str:
    """The part of a reply above the quoted history."""
    quoted = lexicon.QUOTE.search(body)
    return body[:quoted.start()] if quoted else body
