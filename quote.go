package newstext

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is a quotation in a text and who said it.
type Quote struct {
	// Text is the quoted words, inside the marks, as written: the text
	// at Span, with any invalid UTF-8 as U+FFFD.
	Text string `json:"text"`
	Span Span   `json:"span"`
	// Speaker is who said it: the entity's name (see [Entity]) for a
	// person or organisation the text names, the words as written for an
	// unnamed source ("the French presidency"), or "" when the text
	// gives none (a title, a scare quote, a term).
	Speaker string `json:"speaker"`
	// SpeakerSpan is the mention of the speaker nearest the quote, as
	// written: a name, a pronoun ("he"), or a description.
	SpeakerSpan Span `json:"speaker_span,omitzero"`
	// Cue is the reporting expression: "said", "told", "added",
	// "according to", "wrote".
	Cue string `json:"cue,omitempty"`
	// Partial is set for quoted words inside the writer's own sentence
	// (`called it "a crisis"`), as opposed to a quote that is the whole
	// statement.
	Partial bool `json:"partial"`
	// Continued is set for a piece left open at the end of its paragraph
	// because the quote goes on in the next one.
	Continued bool `json:"continued"`
	// Repeats are the spans of the same words quoted again later in the
	// article (quote style, punctuation and case aside). Only Parse sets
	// it: in an Article each quotation appears once, at its first span.
	Repeats []Span `json:"repeats,omitempty"`
}

// reportingVerbs are the verbs and phrases that report speech. The lines
// after "testify" are the speech-act verbs (accuse, criticise, praise,
// deny, cite…; not the verbs of belief, perception or wish, "think",
// "show", "want") that the train split of PolNeAR marks as attribution
// cues five times or more, in their other forms too, and "fume", "chime
// in", "advise", which news writes before or after quotes alike. The last
// lines are the forms and verbs of that kind the first count missed
// ("read" as a document reads, "reveal", "charge", "slam", "tout").
var reportingVerbs = setOf(`said says say told tells tell added adds add asked asks wrote writes write
	tweeted tweets posted posts stated states declared declares explained explains noted notes warned
	warns cautioned cautions insisted insists argued argues claimed claims continued continues replied
	replies responded responds recalled recalls acknowledged acknowledges admitted admits announced
	announces urged urges stressed stresses emphasised emphasized suggested suggests complained
	complains conceded concedes testified testifies confirmed confirms remarked remarks observed
	observes predicted predicts quipped quips joked jokes vowed vows pledged pledges promised promises
	chanted shouted yelled screamed whispered told telling saying adding writing asking warning noting
	explaining describing described describes called calls calling texted emailed recounted recalled
	boasted lamented mused countered retorted reiterated reiterates agreed agrees disagreed concluded
	concludes pointed announced added begged begs describe describes describing sees see saw
	testify tweeting posting texting writing
	reported reports accused accuses accusing criticized criticised criticizes criticizing defended defends
	praised praises argue arguing cited cites citing suggesting insist insisting stating recalling mocked
	mocks denounced denounces denouncing asserted asserts blasted blasts assured assures decried decries
	thanked thanks mentioned mentions questioned questions dismissed dismisses rejected rejects denied
	denies blamed blames attacked attacks announcing acknowledging urging promising repeated repeats
	fumed fumes chimed advised advises advising countering conceding admitting
	claiming ask asking acknowledge declaring vowing mentioning remarking
	questioning read reads revealed reveals indicated indicates indicate expressed charged echoed
	slams slammed slamming reminded alleged alleges condemned answered touted written` + levinCommunication)

// levinCommunication are the forms of the verbs of communication of Levin's
// classes (B. Levin, English Verb Classes and Alternations, 1993, section
// 37) that introduce the words said: transfer of a message (37.1: dictate,
// explain, narrate, preach, recite, relay), manner of speaking (37.3:
// bark, mutter, whisper, yell …), say (37.7: announce, confide, disclose,
// proclaim, reveal …), complain (37.8) and advise (37.9: admonish, alert,
// caution, inform, warn …). Left out are the members that news writes
// more often as other words ("cry", "snap", "boom", "thunder", "object",
// "brief", "voice", "quote", "crab", "moan", "counsel", "express";
// "boast", as in "the port boasts a harbour"), and the base and "-ing"
// forms that are as often nouns or adjectives ("a claim", "a recount",
// "utter", "the reporting station", "a roaring success"); the verb's
// other forms are here ("claimed", "claims", "recounted"), as the
// older list has "notes" and "remarks". Forms that list already has are
// not written again.
const levinCommunication = `
	dictate dictated dictates dictating explain narrate narrated narrates narrating preach preached
	preaches preaching recite recited recites reciting relayed relaying relays barked barking barks
	bellowed bellowing bellows drawled drawling drawls groaned groaning groans growled growling growls
	grumbled grumbles grumbling grunted grunting grunts hissed hisses hissing hollered hollering hollers
	howled howls mumbled mumbles mumbling murmured murmuring murmurs muttered muttering mutters rasped
	rasping rasps roared roars screams screeched screeches screeching shouting shouts shrieked shrieking
	shrieks snarled snarling snarls stammered stammering stammers stuttered stuttering stutters wailed
	wailing wails whimpered whimpering whimpers whined whines whining whispering whispers yelling yells
	affirmed affirming affirms announce articulated articulates articulating blurt blurted blurting blurts confess confessed
	confesses confessing confide confided confides confiding convey conveyed conveying conveys declare
	disclose disclosed discloses disclosing divulge divulged divulges divulging hinted hinting hints
	insinuate insinuated insinuates insinuating observe observing proclaim proclaimed proclaiming
	proclaims propose proposed proposes proposing recounting recounts reiterate reiterating repeating
	reveal revealing suggest uttered uttering utters brag bragged bragging brags complain complaining
	griped gripes griping groused grouses grousing advise warn` + levinAdvise

// levinAdvise are the forms of Levin's advise verbs (37.9) but "advise"
// and "warn" (whose forms reportingVerbs and hearerVerbs already hold):
// reporting verbs that take the one spoken to as their object
// ("cautioned reporters: "…""), in both lists.
const levinAdvise = `
	admonish admonished admonishes admonishing alerted alerting alerts apprise apprised apprises
	apprising cautioned cautioning cautions inform informed informing informs instruct instructed
	instructing instructs notify notified notifies notifying`

// tellsHearer reports whether the reporting verb w takes the hearer as
// its object ("told his supporters, "…"", "urged reporters: "…""): the
// words after it are no inverted speaker, as after "said" ("said Peskov:
// "…"").
func tellsHearer(w string) bool { return hearerVerbs.has(w) }

// hearerVerbs are the reporting verbs whose object is the one spoken to.
var hearerVerbs = setOf(`told tells tell telling asked asks ask asking urged urges urging warned warns
	warning assured assures reminded thanked thanks advised advises advising questioned questions
	questioning begged begs answered` + levinAdvise)

// reportedByImplicative reports whether the infinitive "to" + ws[v] is
// a report the subject made: after an implicative verb, which entails its
// complement ("went on to say", "managed to ask", "continued to insist"),
// unlike "declined to say" or "wanted to say".
func reportedByImplicative(ws []phraseWord, v int) bool {
	if v < 2 {
		return false
	}
	w := ws[v-2].text
	if strings.EqualFold(w, "on") && v >= 3 {
		w = ws[v-3].text // "went on to say"
		return inLower(goOn, w)
	}
	return inLower(implicatives, w)
}

// implicatives are verbs whose complement happened ("managed to ask"):
// Karttunen's implicative verbs (1971) and the aspectual verbs of going
// on, in their forms; goOn are the verbs of "went on to say".
var (
	implicatives = setOf("managed manages manage proceeded proceeds continued continues began begins started starts")
	goOn         = setOf("went goes go going")
)

// pronouns stand for a speaker named before them.
var pronouns = setOf("he she they it we i")

// Quotes returns the quotations in text, in order, each with its speaker
// where the text says who it is. A quotation stands between double marks
// (“…”, "…", «…», „…“, and two apostrophes each side as the New York
// Times writes them) or between single marks where they are no
// apostrophes ('…', ‘…’, as British papers and headlines quote); single
// marks inside double ones are part of the quotation. Spans index text.
// Quotes is safe for concurrent use and never fails.
func Quotes(text string) []Quote {
	segs := quoteSegments(text)
	if len(segs) == 0 {
		return nil
	}
	var qs []Quote
	withTokens(text, func(ws []token) {
		qs = quotesWith(text, ws, segs, DefaultResolver().table().entitiesOf(text, ws))
	})
	return qs
}

// quotesWith attributes the segments of text using its words (see
// appendTokens) and its entities.
func quotesWith(text string, ws []token, segs []quoteSeg, ents []Entity) []Quote {
	segs = withoutNicknames(segs, ents)
	ix := newMentionIndex(ents)
	ix.words = ws
	ix.sents = newSentenceBounds(text)
	ix.dropDatelines(text)
	ix.quoted = make([]Span, 0, len(segs))
	for _, sg := range segs {
		ix.quoted = append(ix.quoted, sg.mark)
	}
	out := make([]Quote, 0, len(segs))
	inherited := make([]bool, 0, len(segs)) // the speaker came from the quote before
	for k, sg := range segs {
		q := Quote{Text: validText(text[sg.in.Start:sg.in.End]), Span: sg.in, Continued: sg.continued}
		// sameParagraph: the quote before this one is in its paragraph.
		sameParagraph := k > 0 && !strings.Contains(text[segs[k-1].mark.End:sg.mark.Start], "\n")
		sentStart, sentEnd := ix.sents.around(sg.mark)
		sent0 := sentStart // before the quotes beside it cut it
		// A sentence never reaches into the quotes beside it: their
		// words are not cues for this one.
		if k > 0 && segs[k-1].mark.End > sentStart && segs[k-1].mark.End <= sg.mark.Start {
			sentStart = segs[k-1].mark.End
		}
		if k+1 < len(segs) && segs[k+1].mark.Start < sentEnd && segs[k+1].mark.Start >= sg.mark.End {
			sentEnd = segs[k+1].mark.Start
		}
		after := text[sg.mark.End:sentEnd]
		before := text[sentStart:sg.mark.Start]
		found := false
		// "…," he said. "…," said Boudreau. "…" Macron told reporters.
		// But when the quote ends its sentence inside the marks and a
		// cue stands before it (X said that "… lives." She said …), the
		// words after it are the next sentence's.
		inner := strings.TrimRight(q.Text, " ")
		endsInside := strings.HasSuffix(inner, ".") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")
		// "Lee said that Carson is a "good man," and said that Berg
		// "melted down"": a reporting verb joined by "and" or "but" to the
		// clause that reported the quote before, in the same sentence,
		// shares its subject.
		if !found && k > 0 && sentStart == segs[k-1].mark.End && out[k-1].Speaker != "" {
			if v, ok := coordinatedVerb(text, ws, sentStart, sg.mark.Start); ok {
				q.Speaker, q.SpeakerSpan, q.Cue, found = out[k-1].Speaker, out[k-1].SpeakerSpan, v, true
			}
		}
		// A question or exclamation that a cue and a name follow at once
		// is theirs, whatever the words before it ("…, but Moscow
		// denies — "why …?" asked Dunn, now a partner at …").
		if !found && (strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")) {
			if a := leadingSpace(after); cueThenName(text, sg.mark.End+a, after[a:], ix) {
				if sp, cue, ok := attributionAfter(text, sg.mark.End, after, ix); ok {
					q.SpeakerSpan, q.Cue, found = sp, cue, true
				}
			}
		}
		if !found && endsInside {
			if sp, cue, ok := attributionBefore(text, sentStart, before, ix); ok {
				q.SpeakerSpan, q.Cue, found = sp, cue, true
			}
		}
		// A quote that ends its sentence with a full stop inside the
		// marks is followed by a new sentence; only a short one is its
		// attribution (""… lives." Kasich said.", not ""… lives." Kasich
		// said he would have fired him").
		// Words quoted inside the writer's sentence ("said he was
		// "ignorant" of Islam and criticized him") are followed by the
		// rest of that sentence: a speaker after them stands after a
		// comma (""…," Lee said", "is "getting worse", Lee said").
		lead := strings.TrimRight(text[sentStart:sg.mark.Start], " \t\u00a0")
		r, _ := utf8.DecodeLastRuneInString(lead)
		embedded := lead != "" && isWordRune(r) && !strings.ContainsAny(lastRuneOf(inner), ",.?!'’") &&
			!strings.HasPrefix(strings.TrimLeft(after, " \t\u00a0"), ",")
		if embedded && hasLowerPrefix(strings.TrimLeft(after, " \t\u00a0"), "according to ") {
			embedded = false // "held a "frank exchange" according to Moscow"
		}
		if !found && !embedded && !(strings.HasSuffix(inner, ".") && countWords(after) > 6) {
			if sp, cue, ok := attributionAfter(text, sg.mark.End, after, ix); ok {
				q.SpeakerSpan, q.Cue, found = sp, cue, true
			}
		}
		// A statement that ends on a comma (or a question or exclamation
		// mark) is the object of the verb after it whatever the verb
		// means: ""…," Trump barked", ""…?" Hannity pressed".
		if !found && (strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!")) && isWholeStatement(text, sentStart, sentEnd, sg) {
			if sp, cue, ok := ix.anyVerbAfter(text, sg.mark.End, sentEnd); ok {
				q.SpeakerSpan, q.Cue, found = sp, cue, true
			}
		}
		// Boudreau said: "…". According to Peskov, "…". (A quote that
		// ends inside its marks had the words before it read first.)
		if !found && !endsInside {
			if sp, cue, ok := attributionBefore(text, sentStart, before, ix); ok {
				q.SpeakerSpan, q.Cue, found = sp, cue, true
			}
		}
		// The quote is the end of a sentence that reports it: "… he said,
		// adding that the plan was "ready"".
		if !found {
			if sp, cue, ok := attributionInSentence(text, sentStart, sentEnd, sg.mark, ix); ok {
				q.SpeakerSpan, q.Cue, found = sp, cue, true
			}
		}
		// The sentence goes on past the quote and ends with its cue:
		// "… is "growing at an alarming rate" and affects …, Noem said in …".
		if !found {
			// Only "…, X said": "…, said at a Nov. 6 event" is the end of
			// an attribution this quote's own words did not match.
			// Each clause after a comma, the last first: "… by the United
			// States, NATO and other partners, Clinton said at a town
			// hall on Monday, "…"".
			for rest := after; !found; {
				c := strings.LastIndexByte(rest, ',')
				if c < 0 {
					break
				}
				if opensWithSpeaker(text, sg.mark.End+c+1, after[c+1:], ix) || verbThenName(text, sg.mark.End+c+1, after[c+1:], ix) {
					if sp, cue, ok := attributionAfter(text, sg.mark.End+c, after[c:], ix); ok {
						q.SpeakerSpan, q.Cue, found = sp, cue, true
					}
					break
				}
				rest = rest[:c]
			}
		}
		// "…" — Neil Gaiman: a dash after a quote that no cue attributes
		// names who said it, as an epigraph or a pull quote does; not
		// after a quote that goes on from one the paragraph attributed
		// ("…," Rajoy said. "…" --Kim Hjelmgaard: a byline).
		if !found && !(sameParagraph && out[k-1].Speaker != "") {
			if d := dashAttribution(after); d > 0 {
				at := sg.mark.End + d
				// The name ends its line, or an affiliation follows it
				// ("— Ann Lee, 20, Phoenix"): a byline glued to the story's
				// last quote ("--Kim Hjelmgaard. Next story …") is no
				// attribution.
				if m, ok := ix.firstIn(at, at+1); ok && ix.ents[m.ent].Kind == Person {
					if rest := strings.Trim(text[m.span.End:paragraphEnd(text, m.span.End, 200)], " \t\r\u00a0."); rest == "" || rest[0] == ',' {
						q.SpeakerSpan, found = m.span, true
					}
				}
			}
		}
		// A paragraph that ends in a colon introduces the quote that opens
		// the next one ("Reporter Ann Lee says:" ¶ ""…""): its cue and
		// speaker are the quote's.
		if !found && !sameParagraph {
			if c := introducingColon(text, sg.mark.Start); c > 0 {
				s0, _ := ix.sents.around(Span{c, c})
				if sp, cue, ok := attributionBefore(text, s0, text[s0:c+1], ix); ok {
					q.SpeakerSpan, q.Cue, found = sp, cue, true
				}
			}
		}
		// A quote with no cue of its own: the piece before it goes on, or
		// the quotes in a run are the same speaker's.
		// The second quote of a paragraph: the cue the paragraph gave.
		// Not when the quote's own sentence, after the one that quoted
		// before, opens with a person: "Marc Andreessen said on Twitter
		// that …. Meg Whitman, a former candidate, labeled Mr. Trump
		// ''unfit''" is Whitman's.
		// A whole statement that a clause of the writer's introduces
		// after a comma or a colon ("Clinton shared her anxiety with an
		// audience, "…"", "Trump issued a statement, "…"") is the words
		// of that clause's subject, whatever its verb.
		if !found && (strings.HasSuffix(lead, ",") || strings.HasSuffix(lead, ":")) && isWholeStatement(text, sentStart, sentEnd, sg) && !isTitle(q.Text) {
			if sp, ok := ix.leadSubject(text, sentStart, sg.mark.Start); ok {
				q.SpeakerSpan, found = sp, true
			}
		}
		ownSubject := false
		if !found && !isWholeStatement(text, sentStart, sentEnd, sg) {
			// The quote before ends a sentence inside its marks ("…
			// "supporting the senator." Rita Gomez …") or before this
			// quote's sentence.
			from := sent0
			if k > 0 && sent0 < segs[k-1].mark.End {
				from = -1
				if prev := strings.TrimRight(text[segs[k-1].in.Start:segs[k-1].in.End], " "); strings.HasSuffix(prev, ".") || strings.HasSuffix(prev, "?") || strings.HasSuffix(prev, "!") {
					from = sentStart
				}
			}
			if from >= 0 {
				_, ownSubject = ix.openingSubject(text, from, sg.mark.Start)
				if !ownSubject {
					var buf [12]phraseWord
					_, ownSubject = ix.openingDescription(text, appendWordsIn(buf[:0], text, ix.words, from, sg.mark.Start, len(buf)))
				}
			}
		}
		if !found && sameParagraph && out[k-1].Speaker != "" && !ownSubject &&
			countWords(text[segs[k-1].mark.End:sg.mark.Start]) <= 25 {
			q.Speaker, q.SpeakerSpan, q.Cue = out[k-1].Speaker, out[k-1].SpeakerSpan, out[k-1].Cue
			found = true
		}
		// "Sometimes employees don't follow the rules, he said. "But …"":
		// the sentence before, in the same paragraph, reports it.
		if !found && !ownSubject {
			if ps := ix.sents.prevStart(sentStart); ps >= 0 {
				if sp, cue, ok := attributionInSentence(text, ps, sentStart, Span{sentStart, sentStart}, ix); ok {
					q.SpeakerSpan, q.Cue, found = sp, cue, true
				} else if c := lastClause(text, ps, sentStart); c < sentStart {
					if sp, cue, ok := attributionAfter(text, c, text[c:sentStart], ix); ok {
						q.SpeakerSpan, q.Cue, found = sp, cue, true
					}
				}
			}
		}
		// A paragraph that is one quote goes on with the speaker before,
		// unless it is a heading: a quote with no mark of a sentence's
		// end ('Moment of truth', above the paragraphs it sums up).
		rest := text[sg.mark.End:paragraphEnd(text, sg.mark.End, 64)]
		alone := sg.wholeParagraph && strings.Trim(rest, " \t\r.,;:!?") == "" &&
			(strings.ContainsAny(rest, ".,;:!?") || strings.ContainsAny(lastRuneOf(strings.TrimRight(text[sg.in.Start:sg.in.End], " )]'’\"”»")), ".,;:!?…"))
		// A paragraph that is one quote after a paragraph of prose that
		// reports speech ("Clinton responded …, saying the Sanders
		// campaign was conflating …" ¶ ""I do not have …""): the
		// reporting clause of that paragraph's last sentence is its cue.
		if !found && alone && (k == 0 || strings.Count(strings.TrimSpace(text[segs[k-1].mark.End:sg.mark.Start]), "\n") > 2) {
			// The quote opens its paragraph: the text before it ends the
			// paragraph before (the bound keeps the trim short).
			lo := max(0, sg.mark.Start-maxSentence)
			if end := lo + len(strings.TrimRight(text[lo:sg.mark.Start], " \t\r\n\u00a0")); end > lo && !ix.inQuote(end-1) {
				if ps, _ := ix.sents.around(Span{end - 1, end - 1}); ps < end {
					if sp, cue, ok := attributionInSentence(text, ps, end, Span{end, end}, ix); ok {
						q.SpeakerSpan, q.Cue, found = sp, cue, true
					}
				}
			}
		}
		if !found && k > 0 && out[k-1].Speaker != "" && (segs[k-1].continued || sameParagraph && !ownSubject || alone) {
			q.Speaker, q.SpeakerSpan, q.Cue = out[k-1].Speaker, out[k-1].SpeakerSpan, out[k-1].Cue
			found = true
		}
		// Words quoted inside a sentence with no reporting verb we know
		// ("sees its lineup as its "Achilles heel""): the person the
		// sentence opens with said them, or the "he" or "she" it opens
		// with, or the person after a short opening phrase ("Last year,
		// he played down Trump's comments as "…""). A title ("Ask Dr.
		// Mike") is no one's words.
		if !found && !isWholeStatement(text, sentStart, sentEnd, sg) {
			if m, ok := ix.firstIn(sentStart, sg.mark.Start); ok && opensSentence(text, m.span.Start) {
				if m = ix.officeHolder(text, ix.owned(text, m, sg.mark.Start)); ix.ents[m.ent].Kind == Person || ix.ents[m.ent].Kind == Org && !isTitle(q.Text) && !ix.modifier(text, m) {
					q.SpeakerSpan, found = m.span, true
				}
			}
			if !found && !isTitle(q.Text) {
				if sp, ok := ix.openingSubject(text, sentStart, sg.mark.Start); ok {
					q.SpeakerSpan, found = sp, true
				}
			}
			// "The Treasury secretary also lauded Kim for the "needed
			// reforms"": a description that opens the sentence and ends
			// at its verb.
			if !found && !isTitle(q.Text) {
				var buf [12]phraseWord
				if sp, ok := ix.openingDescription(text, appendWordsIn(buf[:0], text, ix.words, sentStart, sg.mark.Start, len(buf))); ok && !ix.inQuote(sp.Start) {
					q.SpeakerSpan, found = sp, true
				}
			}
			// "In some respects, the case echoes a controversy in June
			// when Mr. Trump assailed a judge for his "Mexican
			// heritage"": the subject of the clause that holds the quote.
			if !found && !isTitle(q.Text) {
				if sp, ok := ix.nearestSubject(text, sentStart, sg.mark.Start); ok {
					q.SpeakerSpan, found = sp, true
				}
			}
		}
		if found && q.Speaker == "" {
			var buf [64]byte
			w := lowerInto(buf[:], text[q.SpeakerSpan.Start:q.SpeakerSpan.End])
			last := ""
			if string(w) == "it" {
				last = ix.lastSpeaker(out, false)
			}
			switch {
			case pronouns.hasBytes(w) && string(w) != "they" && string(w) != "it" && string(w) != "we":
				q.Speaker = ix.pronounSpeaker(text, q.SpeakerSpan.Start, ix.lastSpeaker(out, true))
			case last != "":
				q.Speaker = last
			default:
				q.Speaker = ix.resolve(text, q.SpeakerSpan)
			}
		}
		q.Partial = !isWholeStatement(text, sentStart, sentEnd, sg)
		inherited = append(inherited, found && k > 0 && q.Cue == out[k-1].Cue && q.SpeakerSpan == out[k-1].SpeakerSpan)
		out = append(out, q)
	}
	// A quote that runs over paragraphs is named where it ends: the
	// pieces before take the speaker of the piece that carries the cue.
	for k := len(out) - 2; k >= 0; k-- {
		if segs[k].continued && out[k+1].Speaker != "" && (out[k].Speaker == "" || inherited[k]) {
			out[k].Speaker, out[k].SpeakerSpan, out[k].Cue = out[k+1].Speaker, out[k+1].SpeakerSpan, out[k+1].Cue
		}
	}
	return out
}

// coordinatedVerb returns the reporting verb that opens text[from:to]
// after "and" or "but" and at most one adverb ("and said", ", and later
// told", "but also called"): a verb whose subject is that of the clause
// before the conjunction.
func coordinatedVerb(text string, ws []token, from, to int) (string, bool) {
	var buf [4]phraseWord
	pw := appendWordsIn(buf[:0], text, ws, from, to, len(buf))
	if len(pw) < 2 || !strings.EqualFold(pw[0].text, "and") && !strings.EqualFold(pw[0].text, "but") {
		return "", false
	}
	if strings.Trim(text[from:pw[0].start], " ,\t\u00a0") != "" {
		return "", false
	}
	for v := 1; v < len(pw) && v <= 2; v++ {
		if isReporting(pw[v].text) && !strings.HasSuffix(pw[v].text, "ing") {
			return pw[v].text, true
		}
		if !speakerTails.has(pw[v].text) && !isLyAdverb(pw[v].text) {
			break
		}
	}
	return "", false
}

// introducingColon returns the offset of the colon that ends the
// paragraph before the one the quotation mark at text[start] opens, or 0
// when the mark opens no paragraph or that paragraph ends otherwise.
func introducingColon(text string, start int) int {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 || text[i-1] != '\n' {
		return 0 // the mark does not open its line
	}
	for i > 0 && (text[i-1] == '\n' || text[i-1] == '\r' || text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i > 0 && text[i-1] == ':' {
		return i - 1
	}
	return 0
}

// dashAttribution returns where the name after a dash starts in after,
// the text that follows a quote's closing mark ("” — Neil Gaiman"), or 0
// when after does not open with a dash.
func dashAttribution(after string) int {
	i := len(after) - len(strings.TrimLeft(after, " "))
	for _, d := range [...]string{"—", "–", "―", "--"} {
		if strings.HasPrefix(after[i:], d) {
			j := i + len(d)
			return j + len(after[j:]) - len(strings.TrimLeft(after[j:], " "))
		}
	}
	return 0
}

// paragraphEnd returns the end of the paragraph holding offset i, or,
// when that is more than limit bytes away, i+limit (on a rune start).
func paragraphEnd(text string, i, limit int) int {
	hi := min(len(text), i+limit)
	if e := strings.IndexByte(text[i:hi], '\n'); e >= 0 {
		return i + e
	}
	for hi > i && hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi--
	}
	return hi
}

// lastSpeaker returns the speaker of the last attributed quote with a
// named speaker that "he" or "she" (person) or "it" (not a person) can
// stand for, or "".
func (ix *mentionIndex) lastSpeaker(qs []Quote, person bool) string {
	for k := len(qs) - 1; k >= 0 && k >= len(qs)-6; k-- {
		if qs[k].Speaker == "" {
			continue
		}
		kind, known := ix.kindOf(qs[k].Speaker)
		// Kinds of names outside the alias table are guesses: "he"
		// may stand for anything but an organisation.
		if person && (!known || kind != Org) || !person && known && kind == Org {
			return qs[k].Speaker
		}
		if !person && !known && hasLowerPrefix(qs[k].Speaker, "the ") {
			return qs[k].Speaker // "the Swedish Prosecution Authority … it added"
		}
	}
	return ""
}

// prevStart returns where the sentence before the one starting at
// i begins, in the same paragraph, or -1.
func (sb *sentenceBounds) prevStart(i int) int {
	ps := sb.lineStart(i, max(0, i-maxSentence))
	if i <= ps+1 {
		return -1
	}
	s, _ := sb.around(Span{i - 2, i - 2})
	if s < ps || s >= i-1 {
		return -1
	}
	return s
}

// lastClause returns where the last clause of text[from:to] starts: after
// its last comma (", he said."), or at to when it has none.
func lastClause(text string, from, to int) int {
	c := strings.LastIndexByte(text[from:to], ',')
	if c < 0 {
		return to
	}
	return from + c + 1
}

// quoteSeg is a quotation-mark segment.
type quoteSeg struct {
	mark           Span // with the marks
	in             Span // inside the marks
	continued      bool // left open: the quote goes on in the next paragraph
	wholeParagraph bool // the marks open the paragraph
}

// quoteSegments finds the quoted segments of text, paragraph by
// paragraph: curly marks and guillemets by direction, straight marks by
// what stands beside them. A paragraph that leaves a quote open is a
// continued piece when the next paragraph opens with a mark; a closing
// curly mark whose opening was lost starts its quote at the paragraph's
// start. Single marks quote too, outside double ones, as British papers
// and American headlines write quotations ('We will not back down,' she
// said), where they are no apostrophe (see singleRole).
func quoteSegments(text string) []quoteSeg {
	var out []quoteSeg
	marks := newMarkFinder(text)
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = appendParagraphQuotes(out, text, start, end, marks)
		start = end + 1
	}
	return out
}

func appendParagraphQuotes(out []quoteSeg, text string, start, end int, marks *markFinder) []quoteSeg {
	para := text[start:end]
	open := -1 // offset in text of the pending opening mark
	openLen := 0
	single := -1  // offset in text of the pending opening single mark, outside double marks
	visible := -2 // the offset in para of its first visible rune (firstVisible), once asked
	seen := false
	for i := 0; i < len(para); {
		// Only a mark changes what the loop knows: skip to the next byte
		// that may start one. Such a byte (ASCII, or the lead byte of a
		// curly mark or a guillemet) always starts a rune, so the marks
		// are read where reading rune by rune would find them.
		if i = marks.from(start+i) - start; i >= len(para) {
			break
		}
		r, size := utf8.DecodeRuneInString(para[i:])
		switch {
		case strings.HasPrefix(para[i:], "''"):
			// Two apostrophes are one double mark, as the New York Times
			// and the Penn Treebank write them (''…'' and ``…'').
			r, size = '"', 2
		case strings.HasPrefix(para[i:], "``"):
			r, size = '“', 2
		}
		at := start + i
		i += size
		if r == '‘' || r == '’' || r == '\'' {
			if open >= 0 {
				continue // an apostrophe or a quote inside the quote
			}
			switch singleRole(para, i-size, size) {
			case 1:
				if single < 0 {
					single = at
				}
			case 2:
				if single >= 0 && pluralPossessive(para, i-size, size) && closesLater(para, i) {
					continue // "'the players' union is strong,' he said": the mark of a plural's possessive
				}
				if single >= 0 && (len(out) == 0 || out[len(out)-1].mark.End <= single) && validSingle(text[single+markLen(text, single):at]) {
					out = append(out, quoteSeg{
						mark: Span{single, at + size}, in: Span{single + markLen(text, single), at},
						wholeParagraph: single == start+leadingSpace(para),
					})
					seen = true
				}
				single = -1
			}
			continue
		}
		role := 0 // 1 open, 2 close
		switch r {
		case '“', '„', '«':
			role = 1
			if r == '“' && open >= 0 && text[open:open+len("„")] == "„" {
				role = 2 // „…“
			}
			// An opening mark typed for a closing one, after the quote's
			// last punctuation and before a space: ""… here,“ said Jim
			// Clyburn".
			if r == '“' && open >= 0 && i-size > 0 && strings.ContainsRune(",.?!", rune(para[i-size-1])) && (i >= len(para) || para[i] == ' ') {
				role = 2
			}
		case '”', '»':
			role = 2
			// A closing mark that opens its paragraph (white space and
			// format characters aside) is an opening mark typed the
			// wrong way: "”Sorry Sarah, …”".
			if r == '”' && open < 0 && i-size == firstVisible(para, &visible) {
				role = 1
			}
		case '"':
			prev, _ := utf8.DecodeLastRuneInString(para[:i-size])
			next, _ := utf8.DecodeRuneInString(para[i:])
			switch {
			case i-size == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev):
				role = 1
				// Between spaces inside an open quote it closes the quote:
				// an opening mark stands before a word (""… ourselves? "
				// she wrote").
				if open >= 0 && i-size > 0 && unicode.IsSpace(prev) && (i >= len(para) || unicode.IsSpace(next)) {
					role = 2
				}
			case open >= 0:
				role = 2
			case i >= len(para) || unicode.IsSpace(next) || unicode.IsPunct(next):
				role = 2
			default:
				role = 1
			}
		}
		switch {
		case role == 1 && open < 0:
			open, openLen = at, size
			single = -1 // what opened it was an apostrophe
		case role == 2 && open >= 0:
			out = append(out, quoteSeg{
				mark: Span{open, at + size}, in: Span{open + openLen, at},
				wholeParagraph: open == start+leadingSpace(para),
			})
			open = -1
			seen = true
		case role == 2 && !seen && r == '”':
			// The opening mark was lost in scraping: the quote starts
			// with the paragraph.
			s := start + leadingSpace(para)
			out = append(out, quoteSeg{mark: Span{s, at + size}, in: Span{s, at}, wholeParagraph: true})
			seen = true
			single = -1 // inside the quote
		}
	}
	if single >= 0 && single == start+leadingSpace(para) {
		// A paragraph that opens a single-quoted quote and leaves it
		// open goes on in the next one when that opens with a single
		// mark.
		e := start + len(strings.TrimRight(para, " \t\r"))
		next := strings.TrimLeft(text[min(end+1, len(text)):], " \t\r\n")
		if r, size := utf8.DecodeRuneInString(next); (r == '‘' || r == '\'') && singleRole(next, 0, size) == 1 && validSingle(text[single+markLen(text, single):e]) {
			out = append(out, quoteSeg{mark: Span{single, e}, in: Span{single + markLen(text, single), e}, continued: true, wholeParagraph: true})
		}
	}
	if open >= 0 {
		e := start + len(strings.TrimRight(para, " \t\r"))
		if e > open+openLen {
			next := strings.TrimLeft(text[min(end+1, len(text)):], " \t\r\n")
			r, _ := utf8.DecodeRuneInString(next)
			out = append(out, quoteSeg{
				mark: Span{open, e}, in: Span{open + openLen, e},
				continued:      r == '“' || r == '"' || r == '«' || r == '„',
				wholeParagraph: open == start+leadingSpace(para),
			})
		}
	}
	return out
}

// withoutNicknames returns segs without the quotations that lie inside a
// mention of ents: a nickname inside a name (`Mike "Mish" Shedlock`) is
// no quotation. segs is filtered in place.
func withoutNicknames(segs []quoteSeg, ents []Entity) []quoteSeg {
	var names []Span // the mentions with quotation marks inside, few
	for _, e := range ents {
		for _, m := range e.Mentions {
			if strings.ContainsAny(m.Text, "\"“”") {
				names = append(names, m.Span)
			}
		}
	}
	if len(names) == 0 {
		return segs
	}
	// Mentions do not overlap: sorted by their starts, the one that may
	// hold a quotation is the last that starts at or before it.
	slices.SortFunc(names, func(a, b Span) int { return a.Start - b.Start })
	return slices.DeleteFunc(segs, func(sg quoteSeg) bool {
		k, _ := slices.BinarySearchFunc(names, sg.mark.Start+1, func(n Span, at int) int { return n.Start - at })
		return k > 0 && names[k-1].Start <= sg.mark.Start && sg.mark.End <= names[k-1].End
	})
}

// singleRole says what the single mark of size bytes at para[i:] (‘, ’
// or ') is: 1 for an opening mark, 2 for a closing one, 0 for an
// apostrophe. Between two letters or digits it is an apostrophe ("don't",
// "Trump’s"). It opens at the start or after a space or an opening
// bracket or dash, before a letter: "’" never does, since it writes the
// elisions ("’90s", "’em"), and neither does an elided word ('em, 'til).
// It closes before a space, punctuation or the end, after anything but a
// space.
func singleRole(para string, i, size int) int {
	r, _ := utf8.DecodeRuneInString(para[i:])
	prev, _ := utf8.DecodeLastRuneInString(para[:i])
	next, _ := utf8.DecodeRuneInString(para[i+size:])
	letterOrDigit := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	switch {
	case i > 0 && letterOrDigit(prev) && letterOrDigit(next):
		return 0
	case r != '’' && (i == 0 || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/:\"“", prev)) && unicode.IsLetter(next):
		w := para[i+size:]
		if e := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); e >= 0 {
			w = w[:e]
		}
		if inLower(elisions, w) {
			return 0
		}
		return 1
	case r != '‘' && i > 0 && !unicode.IsSpace(prev) && (i+size == len(para) || unicode.IsSpace(next) || unicode.IsPunct(next)):
		return 2
	}
	return 0
}

// pluralPossessive reports whether the single mark of size bytes at
// para[i:] may be the possessive of a plural: after an "s" and before a
// space and a lower-case word ("the players' union", "voters’ rights").
func pluralPossessive(para string, i, size int) bool {
	if i == 0 || para[i-1] != 's' && para[i-1] != 'S' {
		return false
	}
	rest := para[i+size:]
	if !strings.HasPrefix(rest, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[1:])
	return unicode.IsLower(r)
}

// closesLater reports whether a single mark after para[i:], within
// maxCloseAhead bytes, closes a quote before another opens: then a mark at
// i that could be a plural's possessive is one.
func closesLater(para string, i int) bool {
	for j := i; j < min(len(para), i+maxCloseAhead); {
		r, size := utf8.DecodeRuneInString(para[j:])
		if r == '‘' || r == '’' || r == '\'' {
			switch singleRole(para, j, size) {
			case 1:
				return false
			case 2:
				if !pluralPossessive(para, j, size) {
					return true
				}
			}
		}
		j += size
	}
	return false
}

// maxCloseAhead bounds how far closesLater reads, so that a paragraph of
// plurals' possessives costs linear time.
const maxCloseAhead = 512

// elisions are the words English writes with an apostrophe for their
// first letters ('em, 'til, 'cause, 'tis, 'twas, 'bout, 'n'): a single
// mark before one is no opening quotation mark.
var elisions = setOf("em til cause cos tis twas bout n")

// validSingle reports whether in, between single marks, can be a quote:
// two runes or more, one a letter ("rock 'n' roll" quotes nothing), and
// no opening single mark inside, the sign of marks set at random
// ("‘Jewels after Jewels‘ and the new ‘ Arrangements’").
func validSingle(in string) bool {
	return utf8.RuneCountInString(in) >= 2 && strings.IndexFunc(in, unicode.IsLetter) >= 0 && !strings.ContainsRune(in, '‘')
}

// markLen returns the length of the single mark at text[i:].
func markLen(text string, i int) int {
	_, size := utf8.DecodeRuneInString(text[i:])
	return size
}

// markBytes are the bytes that may start a quotation mark: the straight
// double mark, the apostrophe and the backtick (two of them stand for a
// double mark), and the lead bytes of “ ” „ (0xE2) and « » (0xC2).
const markBytes = "\"'`\xc2\xe2"

// markFinder finds the bytes of markBytes in a text in order, each kind
// with IndexByte, which skips the text between them much faster than a
// loop over its bytes.
type markFinder struct {
	text string
	next [len(markBytes)]int // offset of the next of each byte, or len(text); -1 before the first look
}

func newMarkFinder(text string) *markFinder {
	f := &markFinder{text: text}
	for k := range f.next {
		f.next[k] = -1
	}
	return f
}

// from returns the offset of the first byte of markBytes at or after i,
// or len(text).
func (f *markFinder) from(i int) int {
	first := len(f.text)
	for k := range f.next {
		if f.next[k] < i {
			f.next[k] = indexByteFrom(f.text, i, markBytes[k])
		}
		first = min(first, f.next[k])
	}
	return first
}

// lastRuneOf returns the last rune of s, as a string ("" for "").
func lastRuneOf(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

func leadingSpace(s string) int { return len(s) - len(strings.TrimLeft(s, " \t")) }

// maxSentence bounds how far sentenceAround reads from a quote.
const maxSentence = 1000

// sentenceBounds is where sentences end in a text, found in one pass so
// that finding the sentence around each of a million quotation marks
// costs a binary search, not a scan.
type sentenceBounds struct {
	text     string
	ends     []int // where the sentences end (see sentenceEnd), in order
	newlines []int // offsets of the line feeds
}

// newSentenceBounds returns the sentence ends and line feeds of text.
func newSentenceBounds(text string) *sentenceBounds {
	// Both lists share one allocation, as long as they can get: the
	// counts are quick, and cheaper than growing the lists.
	nl := strings.Count(text, "\n")
	buf := make([]int, 0, nl+strings.Count(text, ".")+strings.Count(text, "?")+strings.Count(text, "!"))
	sb := &sentenceBounds{text: text, newlines: buf[:0:nl], ends: buf[nl:nl]}
	// The bytes are found in order, each kind with IndexByte, which
	// skips the text between them much faster than a loop over bytes.
	const marks = "\n.?!"
	var next [len(marks)]int // the offset of the next of each, or len(text)
	for k := range next {
		next[k] = indexByteFrom(text, 0, marks[k])
	}
	for {
		k := 0
		for j := 1; j < len(next); j++ {
			if next[j] < next[k] {
				k = j
			}
		}
		i := next[k]
		if i == len(text) {
			return sb
		}
		next[k] = indexByteFrom(text, i+1, marks[k])
		if marks[k] == '\n' {
			sb.newlines = append(sb.newlines, i)
		} else if end, _, ok := sentenceEnd(text, i); ok && (len(sb.ends) == 0 || sb.ends[len(sb.ends)-1] < end) {
			sb.ends = append(sb.ends, end)
		}
	}
}

// indexByteFrom returns the offset of the first c in text at or after
// from, or len(text).
func indexByteFrom(text string, from int, c byte) int {
	if i := strings.IndexByte(text[from:], c); i >= 0 {
		return from + i
	}
	return len(text)
}

// lineStart returns where the line holding offset i starts, or lo when
// that is before lo.
func (sb *sentenceBounds) lineStart(i, lo int) int {
	if k, _ := slices.BinarySearch(sb.newlines, i); k > 0 && sb.newlines[k-1] >= lo {
		return sb.newlines[k-1] + 1
	}
	return lo
}

// around returns the bounds of the sentence that holds sp: from after the
// last sentence end before it (or the paragraph start) to the first
// sentence end after it (or the paragraph end). A full stop inside the
// quote does not end the sentence. Sentences are read at most maxSentence
// bytes either side of sp, so that a paragraph of a million marks costs
// no more than a normal one.
func (sb *sentenceBounds) around(sp Span) (int, int) {
	text := sb.text
	lo := max(0, sp.Start-maxSentence)
	hi := min(len(text), sp.End+maxSentence)
	ps := sb.lineStart(sp.Start, lo)
	if ps == lo {
		for ps < sp.Start && !utf8.RuneStart(text[ps]) {
			ps++
		}
	}
	pe := hi
	if k, _ := slices.BinarySearch(sb.newlines, sp.End); k < len(sb.newlines) && sb.newlines[k] < hi {
		pe = sb.newlines[k]
	} else {
		for pe > sp.End && pe < len(text) && !utf8.RuneStart(text[pe]) {
			pe--
		}
	}
	// A sentence that ends where sp starts is the one before; one that
	// ends where sp ends ends inside it, as a quotation's full stop does
	// inside its marks, and does not end the sentence around it.
	start := ps
	if k, _ := slices.BinarySearch(sb.ends, sp.Start+1); k > 0 && sb.ends[k-1] > ps {
		start = min(sb.ends[k-1]+1, sp.Start)
	}
	end := pe
	if k, _ := slices.BinarySearch(sb.ends, sp.End+1); k < len(sb.ends) && sb.ends[k] <= pe {
		end = sb.ends[k]
	}
	return start, end
}

// mentionIndex finds entity mentions by position.
type mentionIndex struct {
	ms        []indexedMention
	quoted    []Span          // the quotation segments, with their marks, in order
	ents      []Entity        // the entities the mentions are of
	kinds     map[string]Kind // entity name to kind, made by kindOf after kindScans reads of ents
	kindScans int             // the times kindOf has read ents for a name
	sents     *sentenceBounds // the text's sentence ends
	words     []token         // the text's words
}

// inQuote reports whether offset i lies inside a quotation segment.
func (ix *mentionIndex) inQuote(i int) bool {
	k, _ := slices.BinarySearchFunc(ix.quoted, i, func(sp Span, i int) int { return sp.Start - i })
	return k > 0 && ix.quoted[k-1].End > i
}

// indexedMention is a mention and the entity it is of: ix.ents[m.ent].
// It holds no pointer, so that sorting and keeping the index costs the
// garbage collector nothing.
type indexedMention struct {
	span Span
	ent  int
}

func newMentionIndex(ents []Entity) *mentionIndex {
	n := 0
	for _, e := range ents {
		n += len(e.Mentions)
	}
	ix := &mentionIndex{ms: make([]indexedMention, 0, n), ents: ents}
	for i := range ents {
		for _, m := range ents[i].Mentions {
			ix.ms = append(ix.ms, indexedMention{span: m.Span, ent: i})
		}
	}
	slices.SortFunc(ix.ms, func(a, b indexedMention) int { return a.span.Start - b.span.Start })
	return ix
}

// kindOf returns the kind of the entity named name (the last of them,
// should two share it) and whether there is one.
func (ix *mentionIndex) kindOf(name string) (Kind, bool) {
	if ix.kinds == nil && ix.kindScans < 16 {
		// The first names are looked up by reading the entities, the
		// last of a name first: most texts ask for few, and reading
		// costs less than making the map.
		ix.kindScans++
		for i := len(ix.ents) - 1; i >= 0; i-- {
			if ix.ents[i].Name == name {
				return ix.ents[i].Kind, true
			}
		}
		return "", false
	}
	if ix.kinds == nil {
		ix.kinds = make(map[string]Kind, len(ix.ents))
		for _, e := range ix.ents {
			ix.kinds[e.Name] = e.Kind
		}
	}
	kind, ok := ix.kinds[name]
	return kind, ok
}

// dropDatelines removes the mentions that lie in a paragraph's dateline
// ("WASHINGTON — Sen. Chuck Grassley … said"): the place a story was
// filed from is never its speaker. So is a state's abbreviation after a
// town's name (stateQualifier: "Paul Porter, a truck driver from Ava,
// Mo., … said"), which only says where the town is.
func (ix *mentionIndex) dropDatelines(text string) {
	kept := ix.ms[:0]
	// One pass: the start of each mention's line is found by walking the
	// line feeds (ix.sents.newlines) along with the mentions, never back
	// to the line's start (a text of one long line has many mentions on
	// it).
	newlines := ix.sents.newlines
	next := 0 // the first line feed at or after the mention
	lineStart, datelineEnd := 0, -1
	prevEnd := -1 // where the mention before ends
	for _, m := range ix.ms {
		qualifier := stateQualifier(text, prevEnd, m.span)
		prevEnd = m.span.End
		if qualifier {
			continue
		}
		for next < len(newlines) && newlines[next] < m.span.Start {
			next++
		}
		if next > 0 && newlines[next-1]+1 != lineStart {
			lineStart, datelineEnd = newlines[next-1]+1, -1
		}
		if datelineEnd < 0 {
			datelineEnd = lineStart
			if n, _, _ := datelineOf(text[lineStart:min(len(text), lineStart+200)]); n > 0 {
				datelineEnd = lineStart + n
			}
		}
		if m.span.End <= datelineEnd {
			continue
		}
		kept = append(kept, m)
	}
	ix.ms = kept
}

// at returns the mention that starts at or covers offset i.
func (ix *mentionIndex) at(i int) (indexedMention, bool) {
	k, _ := slices.BinarySearchFunc(ix.ms, i, func(m indexedMention, i int) int { return m.span.Start - i })
	if k < len(ix.ms) && ix.ms[k].span.Start == i {
		return ix.ms[k], true
	}
	if k > 0 && ix.ms[k-1].span.End > i {
		return ix.ms[k-1], true
	}
	return indexedMention{}, false
}

// subjectBeforeAppositive returns the first name between sentStart and
// the verb at i that a comma follows and that no quotation or clause
// break (";", "!", "?", a line end) separates from the verb: the subject of "Sammy Aaron, vice chairman of
// G-III, told".
func (ix *mentionIndex) subjectBeforeAppositive(text string, sentStart, i int) (Span, bool) {
	for k, _ := slices.BinarySearchFunc(ix.ms, sentStart, func(m indexedMention, i int) int { return m.span.Start - i }); k < len(ix.ms) && ix.ms[k].span.End < i; k++ {
		m := ix.ms[k]
		rest := text[m.span.End:i]
		if strings.HasPrefix(rest, " (") {
			// "Rep. Elijah Cummings (D-Md.), chair of …, said"
			if c := strings.IndexByte(rest, ')'); c > 0 && c < 24 {
				rest = rest[c+1:]
			}
		}
		if ix.inQuote(m.span.Start) || !strings.HasPrefix(rest, ",") {
			continue
		}
		// The name opens its clause: "he asked about the Muslim
		// Brotherhood, called" has its subject before the name.
		lead := text[sentStart:m.span.Start]
		if c := strings.LastIndexAny(lead, ",;:"); c >= 0 {
			lead = lead[c+1:]
		}
		if countWords(lead) > 3 || anyWordIn(lead, subjectPronouns) || anyWordIn(lead, clausePrepositions) {
			continue
		}
		if !strings.ContainsAny(text[m.span.End:i], ";!?\"“”\n") {
			return m.span, true
		}
	}
	return Span{}, false
}

// anyWordIn reports whether a word of s, in lower case, is in set.
func anyWordIn(s string, set *wordSet) bool {
	for w := range strings.FieldsSeq(s) {
		if inLower(set, w) {
			return true
		}
	}
	return false
}

// modifier reports whether the mention m, as officeHolder left it, only
// qualifies the noun phrase it opens, as a place does ("Ukrainian
// officials") and a body before an office does ("The Treasury secretary",
// "Pentagon spokesman"): the phrase's head is a common noun, and a
// description of its own names the speaker.
func (ix *mentionIndex) modifier(text string, m indexedMention) bool {
	if ix.ents[m.ent].Kind == Place {
		return true
	}
	if ix.ents[m.ent].Kind != Org || !strings.HasPrefix(text[m.span.End:], " ") {
		return false
	}
	var buf [1]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, m.span.End, min(len(text), m.span.End+40), 1)
	if len(ws) == 0 || ws[0].start != m.span.End+1 || !isLower(ws[0].text) {
		return false
	}
	var lower [32]byte
	lw := lowerInto(lower[:], ws[0].text)
	return officeWords.hasBytes(lw) || nameTitles.hasBytes(lw)
}

// officeHolder returns the person a noun phrase that opens with the
// mention m heads: the name at its end, after the words that make it a
// role ("Tom Fitton" of "Judicial Watch President Tom Fitton", "Hope
// Hicks" of "Trump campaign spokeswoman Hope Hicks", "Paul Beck" of "Ohio
// State University professor Paul Beck"). An English noun phrase is headed
// by its last noun; the names before it modify it. m itself when no person
// ends such a phrase: only single spaces may stand between the words, and
// no verb, function word or adverb ("Trump told Hope Hicks").
func (ix *mentionIndex) officeHolder(text string, m indexedMention) indexedMention {
	var buf [6]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, m.span.End, min(len(text), m.span.End+80), len(buf))
	role := false
	var lower [32]byte
	for k, w := range ws {
		if k == 0 {
			// "Los Angeles-based attorney Edgar Martirosyan": a participle
			// joined to the name by a hyphen makes it qualify the role.
			if tail, ok := strings.CutPrefix(text[m.span.End:w.start], "-"); ok {
				if tail, ok = strings.CutSuffix(tail, " "); !ok || !compoundParticiple(tail) {
					break
				}
				role = true
			} else if text[m.span.End:w.start] != " " {
				break
			}
		} else if text[ws[k-1].end:w.start] != " " {
			break
		}
		if p, ok := ix.at(w.start); ok && p.span.Start == w.start {
			if role && ix.ents[p.ent].Kind == Person {
				return p
			}
			break
		}
		lw := string(lowerInto(lower[:], w.text))
		if officeWords.has(lw) || nameTitles.has(lw) || role && (politicalGroups.has(lw) || demonyms.has(lw)) {
			role = true // and a party or a nationality inside a role: "Florida-based Republican strategist"
			continue
		}
		if ix.ents[m.ent].Kind == Person && !modifierNoun(w.text) {
			break
		}
		if modifierNoun(w.text) && !(ix.ents[m.ent].Kind == Person && k == 0 && thirdPersonS(w.text)) {
			role = true
			continue
		}
		break
	}
	return m
}

// thirdPersonS reports whether w, in lower case, ends in a single "s",
// as a verb in the third person does ("heckles", "slams"): after a
// person's name such a word is the verb, not a role noun, which is
// singular ("Sarah Silverman heckles Sanders supporters").
func thirdPersonS(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// modifierNoun reports whether the word w, in lower case, can be a noun of a
// role in a phrase before a name ("campaign", "manager", "resident",
// "professor"): no function word, pronoun, reporting verb, form of "be",
// past form in "-ed" or adverb in "-ly".
func modifierNoun(w string) bool {
	if !isLower(w) || len(w) < 3 || isFunctionWord(w) || pronouns.has(w) || reportingVerbs.has(w) || beForms.has(w) || speakerTails.has(w) {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !isLyAdverb(w) && !strings.HasSuffix(w, "ing")
}

// firstIn returns the first mention that starts in [from, to).
func (ix *mentionIndex) firstIn(from, to int) (indexedMention, bool) {
	k, _ := slices.BinarySearchFunc(ix.ms, from, func(m indexedMention, i int) int { return m.span.Start - i })
	if k < len(ix.ms) && ix.ms[k].span.Start < to {
		return ix.ms[k], true
	}
	return indexedMention{}, false
}

// owned returns the mention that the possessive mention m owns, after
// only capitalised words (a title) and before offset to ("Delhi's Chief
// Minister Arvind Kejriwal"): a possessive is no subject, the name it owns
// is. A mention that is no possessive, or owns none, is itself.
func (ix *mentionIndex) owned(text string, m indexedMention, to int) indexedMention {
	if s := text[m.span.Start:m.span.End]; trimPossessive(s) == s {
		return m
	}
	next, ok := ix.firstIn(m.span.End, to)
	if !ok || next.span.Start-m.span.End > 40 {
		return m
	}
	for w := range strings.FieldsSeq(text[m.span.End:next.span.Start]) {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return m // "Podliska's most explosive claim is that the House …": no title of the next name
		}
	}
	return next
}

// pronounSpeaker resolves "he" or "she" at offset i: the person who opens
// the sentence before (or the pronoun's own sentence), else the last
// speaker quoted, else the last person named.
func (ix *mentionIndex) pronounSpeaker(text string, i int, last string) string {
	sex := pronounSex(text, i)
	sentStart, _ := ix.sents.around(Span{i, i})
	// ""It is …. So far, it looks fair," he said": the sentence
	// the pronoun belongs to opens with the quote.
	if k, _ := slices.BinarySearchFunc(ix.quoted, sentStart, func(sp Span, i int) int { return sp.Start - i }); k > 0 && ix.quoted[k-1].End > sentStart {
		sentStart = ix.quoted[k-1].Start
	}
	// The pronoun's sentence and the two before it; a sentence that
	// opens with the same pronoun ("He was arrested for the call to the
	// offices of Omar. During the call, he …") goes on about the same
	// person, and the names in it are others: it is passed over, and
	// one more read.
	var froms [5]int
	froms[0] = sentStart
	nf, counted := 1, 1
	for s := sentStart; nf < len(froms) && counted < 3; nf++ {
		if s = ix.sents.prevStartAny(s); s < 0 {
			break
		}
		froms[nf] = s
		if !ix.pronounSubject(text, s, sex) {
			counted++
		}
	}
	to := i
	named1 := "" // the first person named in the nearest sentence that names one
	for n, from := range froms[:nf] {
		if n > 0 && ix.pronounSubject(text, from, sex) {
			to = from
			continue
		}
		// A person who reports in the sentence, anywhere in it ("(…),
		// Early says there is …", "Cruz electrified the crowds, Stovall
		// said."), is the one a "he said" after it goes on quoting, not
		// the people the report is about.
		if name, ok := ix.reporterIn(text, from, to, sex); ok {
			return name
		}
		named := false
		// The first person named outside quotes.
		for k, _ := slices.BinarySearchFunc(ix.ms, from, func(m indexedMention, i int) int { return m.span.Start - i }); k < len(ix.ms) && ix.ms[k].span.Start < to; k++ {
			m := ix.ms[k]
			if ix.inQuote(m.span.Start) {
				continue
			}
			// "Cruz spokesman Rick Tyler … he said": the phrase's head.
			opens := opensSentence(text, m.span.Start)
			m = ix.officeHolder(text, m)
			e := &ix.ents[m.ent]
			if !agrees(sex, e.Name) {
				continue // "she" is no Carson
			}
			if e.Kind != Person {
				continue
			}
			named = true
			if named1 == "" {
				named1 = e.Name
			}
			if opens {
				return e.Name
			}
			// "Wild defenseman Ryan Suter": a team or a place may stand
			// before the person who opens the sentence.
		}
		// Look two sentences back only when the one before names no one.
		if named && n > 0 {
			break
		}
		to = from
	}
	if named1 != "" {
		// The person the sentences just before name, before the last
		// speaker ("Steenburgen's son, filmmaker Charlie McDowell, also
		// remembers …" before "he said").
		return named1
	}
	if last != "" && agrees(sex, last) {
		return last
	}
	return ix.antecedent(text, i, Person)
}

// reporterIn returns the name of the first person outside quotes in
// text[from:to] who reports speech there, and agrees with a pronoun of
// the sex: a name a reporting verb follows ("Early says") or, inverted,
// stands right after and ends the clause ("said Jeffery Hemsley, a
// professor"), not as the hearer ("told Cruz"), the subject of the
// clause reported ("said Tyvak would") or the object of a preposition. A name that reports is a
// speaker whatever kind the entity rules guessed for it (an unknown
// single word is a place), but an organisation is no "he".
func (ix *mentionIndex) reporterIn(text string, from, to int, sex byte) (string, bool) {
	for k, _ := slices.BinarySearchFunc(ix.ms, from, func(m indexedMention, i int) int { return m.span.Start - i }); k < len(ix.ms) && ix.ms[k].span.Start < to; k++ {
		m := ix.ms[k]
		if ix.inQuote(m.span.Start) {
			continue
		}
		before := lastField(strings.TrimRight(text[max(from, m.span.Start-24):m.span.Start], " "))
		inverted := isReporting(before) && !strings.HasSuffix(before, "ing") && !tellsHearer(before)
		m = ix.officeHolder(text, m)
		e := &ix.ents[m.ent]
		if s := text[m.span.Start:m.span.End]; e.Kind == Org || !agrees(sex, e.Name) || trimPossessive(s) != s {
			continue // an organisation is no "he"; a possessive no subject ("Trump's claims")
		}
		// An inverted speaker ends its clause: "said Tyvak would" is
		// the subject of the clause reported.
		// (The head officeHolder finds may end past to: then nothing of
		// the clause follows it here.)
		if m.span.End < to {
			if rest := strings.TrimLeft(text[m.span.End:to], " "); rest != "" && rest[0] != ',' && rest[0] != '.' {
				inverted = false
			}
		}
		if inverted || ix.reportsNext(text, m.span.End) && !objectOfPreposition(text, from, m.span.Start) {
			return e.Name, true
		}
	}
	return "", false
}

// pronounSubject reports whether the subject of the sentence at
// text[from:] is a personal pronoun of the sex ('M' or 'F'; never for
// 0): its first word, or the subject after an opening phrase ("In 1992,
// in a speech at a lodge, he drove grown men to tears").
func (ix *mentionIndex) pronounSubject(text string, from int, sex byte) bool {
	if sex == 0 {
		return false
	}
	if opensWithPronoun(text, ix.words, from, sex) {
		return true
	}
	// The first word after a comma that opens a clause with its verb:
	// past the opening phrases, the main clause's subject.
	_, end := ix.sents.around(Span{from, from})
	if !strings.Contains(text[from:end], ",") {
		return false
	}
	var buf [24]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, from, end, len(buf))
	for k := 1; k < len(ws); k++ {
		if !strings.Contains(text[ws[k-1].end:ws[k].start], ",") {
			continue
		}
		if m, ok := ix.at(ws[k].start); ok && m.span.Start == ws[k].start && subjectOfVerb(text, ws[k:], m.span.End) {
			return false // a name is the subject
		}
		if inLower(subjectPronouns, ws[k].text) && subjectOfVerb(text, ws[k:], ws[k].end) {
			return pronounSex(text, ws[k].start) == sex
		}
	}
	return false
}

// opensWithPronoun reports whether the sentence at text[from:] opens
// with a personal pronoun of the sex ('M' or 'F'; never for 0).
func opensWithPronoun(text string, ws []token, from int, sex byte) bool {
	w, ok := firstWordIn(text, ws, from, min(len(text), from+24))
	return ok && sex != 0 && inLower(subjectPronouns, w.text) && pronounSex(text, w.start) == sex
}

// objectOfPreposition reports whether the words before offset i, from
// from on, end in a preposition and perhaps an article ("of the James
// Martin Center for Nonproliferation Studies"): a name there is no
// subject.
func objectOfPreposition(text string, from, i int) bool {
	before := strings.TrimRight(text[max(from, i-24):i], " ")
	w := lastField(before)
	if inLower(articles, w) {
		w = lastField(strings.TrimSuffix(before, w))
	}
	return inLower(clausePrepositions, w)
}

// pronounSex returns 'M' or 'F' when the word at text[i:] is a personal
// pronoun of that gender ("he", "his"; "she", "her"), else 0.
func pronounSex(text string, i int) byte {
	var buf [8]byte
	end := i
	for end < len(text) && end-i < len(buf) && ('a' <= text[end]|0x20 && text[end]|0x20 <= 'z') {
		end++
	}
	switch string(lowerInto(buf[:], text[i:end])) {
	case "he", "him", "his", "himself":
		return 'M'
	case "she", "her", "hers", "herself":
		return 'F'
	}
	return 0
}

// agrees reports whether a pronoun of the sex ('M', 'F' or 0: unknown)
// may stand for the person named: the first word of the name is no given
// name nine in ten of whose bearers are of the other sex (givennames.txt).
// A surname alone that is also such a given name ("Ms. Thomas") is read as
// the given name: a known limit.
func agrees(sex byte, name string) bool {
	if sex == 0 {
		return true
	}
	s := givenNameSex(firstField(name))
	return s == 0 || s == sex
}

// opensWithSpeaker reports whether the clause s (at offset at) is a
// speaker and a reporting verb: "Noem said in …", "the agency said",
// and not "hours after Kyiv's allies agreed" or "said at a Nov. 6 event".
func opensWithSpeaker(text string, at int, s string, ix *mentionIndex) bool {
	var buf [10]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, at, at+min(len(s), 120), len(buf))
	if len(ws) < 2 || isReporting(ws[0].text) {
		return false
	}
	var lower [32]byte
	first := lowerInto(lower[:], ws[0].text)
	m, named := ix.at(ws[0].start)
	// A title may stand before the name: "Mayor Anna Kowalczyk said".
	named = named && m.span.Start == ws[0].start
	for t := 1; !named && t < len(ws)-1 && t <= 3; t++ {
		if r, _ := utf8.DecodeRuneInString(ws[t-1].text); !isUpperRune(r) {
			break
		}
		m, named = ix.at(ws[t].start)
		named = named && m.span.Start == ws[t].start
	}
	if !pronouns.hasBytes(first) && string(first) != "the" && !named {
		return false
	}
	v0 := 1 // the verb may follow the whole name
	for named && v0 < len(ws) && ws[v0].start < m.span.End {
		v0++
	}
	for v := 1; v < len(ws) && v <= v0+3; v++ {
		if isReporting(ws[v].text) {
			return true
		}
	}
	return false
}

// verbThenName reports whether the clause s at text[at:] opens with a
// reporting verb and a mention of a name right after it ("said Lee
// Epstein, who teaches …"): the inverted order of "X said". A verb before
// anything else ("said at a Nov. 6 event") is not, nor a verb that takes
// its hearer as object ("told The New York Times").
func verbThenName(text string, at int, s string, ix *mentionIndex) bool {
	v, ok := ix.reportingBeforeName(text, at, s)
	return ok && !tellsHearer(v.text)
}

// cueThenName reports whether s at text[at:] opens, at at itself, with a
// reporting verb and a name right after it, whatever the verb ("asked
// Dunn", which verbThenName reads as a hearer's name): after a question
// or an exclamation, the inverted cue of its speaker.
func cueThenName(text string, at int, s string, ix *mentionIndex) bool {
	v, ok := ix.reportingBeforeName(text, at, s)
	return ok && v.start == at
}

// reportingBeforeName returns the first word of s at text[at:] when it is
// a reporting verb that a mention of a name follows after one space (a
// mention outside any quote), the reading verbThenName and cueThenName
// share.
func (ix *mentionIndex) reportingBeforeName(text string, at int, s string) (phraseWord, bool) {
	var buf [2]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, at, at+min(len(s), 120), len(buf))
	if len(ws) < 2 || !isReporting(ws[0].text) || text[ws[0].end:ws[1].start] != " " {
		return phraseWord{}, false
	}
	m, ok := ix.at(ws[1].start)
	return ws[0], ok && m.span.Start == ws[1].start && !ix.inQuote(m.span.Start)
}

// reportsNext reports whether a reporting verb follows offset i, the end
// of a name ("Early says", "Pandey pointed out"), or the comma that closes
// an appositive after it ("Brian Murphy, the chairman of the county party,
// said"); not an implicative verb before "to" ("Trump continued to hurt").
func (ix *mentionIndex) reportsNext(text string, i int) bool {
	var buf [24]phraseWord
	n := 2 // the verb and the word after it, unless appositives stand between
	if strings.HasPrefix(text[i:], ",") {
		n = len(buf)
	}
	ws := appendWordsIn(buf[:0], text, ix.words, i, min(len(text), i+200), n)
	if len(ws) == 0 {
		return false
	}
	j := 0
	if ws[0].start-i > 1 && !strings.HasPrefix(text[i:ws[0].start], ",") {
		return false
	}
	if strings.HasPrefix(text[i:ws[0].start], ",") && isReporting(ws[0].text) {
		return false // the name ends an appositive: "a pastor in Elizabeth, Colorado, said"
	}
	// Appositives, each a phrase that opens in lower case ("executive
	// director of Majority PAC, a Democratic super PAC,"): a name after
	// the comma is no appositive ("Salem, New Hampshire, Trump went").
	for n := 0; n < 3 && j < len(ws) && !isReporting(ws[j].text) && strings.Contains(text[max(i, prevEnd(ws, j)):ws[j].start], ","); n++ {
		if !isLower(ws[j].text) {
			return false
		}
		for j++; j < len(ws) && !strings.Contains(text[ws[j-1].end:ws[j].start], ","); j++ {
			if strings.ContainsAny(text[ws[j-1].end:ws[j].start], ".;:!?\"“”\n") {
				return false
			}
		}
	}
	if j >= len(ws) || !isReporting(ws[j].text) {
		return false
	}
	return !(implicatives.has(ws[j].text) && j+1 < len(ws) && ws[j+1].text == "to")
}

// prevEnd returns where the word before ws[j] ends, or 0 for the first.
func prevEnd(ws []phraseWord, j int) int {
	if j == 0 {
		return 0
	}
	return ws[j-1].end
}

// prevStartAny returns where the sentence before the one starting
// at i begins, crossing a paragraph break, or -1.
func (sb *sentenceBounds) prevStartAny(i int) int {
	text := sb.text
	j := i - 1
	for j > 0 && (text[j] == ' ' || text[j] == '\n') {
		j--
	}
	if j <= 0 {
		return -1
	}
	s, _ := sb.around(Span{j, j})
	return s
}

// resolve returns the speaker name for the mention at sp: an entity's
// name, the antecedent of a pronoun, or the words as written.
func (ix *mentionIndex) resolve(text string, sp Span) string {
	if m, ok := ix.at(sp.Start); ok && m.span.End >= sp.End-2 {
		return ix.ents[m.ent].Name
	}
	var buf [32]byte
	w := lowerInto(buf[:], text[sp.Start:sp.End])
	if pronouns.hasBytes(w) {
		want := Person
		if string(w) == "they" || string(w) == "it" || string(w) == "we" {
			want = Org
		}
		return ix.antecedent(text, sp.Start, want)
	}
	// A description that holds a name: "Kremlin spokesman Dmitry Peskov";
	// not one that a possessive name opens ("Clinton's campaign": see
	// possessed), which is the words as written.
	k, _ := slices.BinarySearchFunc(ix.ms, sp.Start, func(m indexedMention, i int) int { return m.span.Start - i })
	for ; k < len(ix.ms) && ix.ms[k].span.Start < sp.End; k++ {
		if e := &ix.ents[ix.ms[k].ent]; e.Kind == Person {
			if _, ok := possessedTo(text, ix.ms[k].span, sp.End); ok && ix.ms[k].span.Start == sp.Start {
				break
			}
			return e.Name
		}
	}
	return validText(text[sp.Start:sp.End])
}

// antecedent returns the name of the entity a pronoun at offset i refers
// to: the last person (or, for "they" and "it", organisation or person)
// named before it, preferring one that opens its sentence.
func (ix *mentionIndex) antecedent(text string, i int, want Kind) string {
	k, _ := slices.BinarySearchFunc(ix.ms, i, func(m indexedMention, i int) int { return m.span.Start - i })
	best := ""
	sex := pronounSex(text, i)
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		m, e := ix.ms[j], &ix.ents[ix.ms[j].ent]
		if e.Kind != want && !(want == Org && e.Kind == Person) || !agrees(sex, e.Name) {
			continue
		}
		if best == "" {
			best = e.Name
		}
		if opensSentence(text, m.span.Start) {
			return e.Name
		}
		if best != "" && i-m.span.Start > 600 {
			break
		}
	}
	return best
}

// opensSentence reports whether offset i starts a sentence or a clause
// subject: only a title, a description or nothing stands between it and
// the last sentence end.
func opensSentence(text string, i int) bool {
	j := i - 1
	for ; j >= 0 && j > i-200 && text[j] != '\n'; j-- {
		if c := text[j]; c == '.' || c == '!' || c == '?' {
			if _, _, ok := sentenceEnd(text, j); ok {
				break
			}
		}
	}
	if j >= 0 && j <= i-200 {
		return false // more than a few words before it: not its opening
	}
	between := strings.TrimSpace(text[j+1 : i])
	return countWords(between) <= 4 && !strings.ContainsAny(between, ",;")
}

// attributionAfter reads the words after a closing mark: a speaker and a
// reporting verb in either order ("he said", "said Boudreau", "Macron
// told French regional papers").
func attributionAfter(text string, at int, after string, ix *mentionIndex) (Span, string, bool) {
	var buf [14]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, at, at+len(after), len(buf))
	if len(ws) == 0 {
		return Span{}, "", false
	}
	// A verb first: "said Boudreau", "said the spokesman".
	if isReporting(ws[0].text) {
		if strings.HasSuffix(ws[0].text, "ing") {
			// A participle after the quote (""…," saying that …",
			// ""…," telling reporters …"): what follows is its object,
			// the speaker is the subject it shares.
			if sp, ok := ix.participleSubject(text, ws[0].start); ok {
				return sp, ws[0].text, true
			}
			return Span{}, "", false
		}
		if sp, ok := mentionFrom(text, ws[1:], ix); ok && !opensClause(ws[1:], sp) {
			return sp, ws[0].text, true
		}
		return Span{}, "", false
	}
	if strings.EqualFold(ws[0].text, "according") && len(ws) > 2 && ws[1].text == "to" {
		if sp, ok := mentionFrom(text, ws[2:], ix); ok {
			return sp, "according to", true
		}
	}
	// A name and an appositive, then the verb: "Geoffrey Berman, the U.S.
	// attorney for the Southern District of New York, said"; titles may
	// come before the name ("Senator Jeff Sessions, a close adviser to
	// Trump, told reporters"), and role nouns in lower case ("study lead
	// author Lucas Paganini, a planetary scientist at …, said").
	first := 0
	m, ok := ix.at(ws[0].start)
	for !(ok && m.span.Start == ws[first].start) && first < 3 && first+1 < len(ws) {
		// Titles and role nouns: "Senator", "Texas delegate".
		if r, _ := utf8.DecodeRuneInString(ws[first].text); !isUpperRune(r) && !modifierNoun(ws[first].text) {
			break
		}
		first++
		m, ok = ix.at(ws[first].start)
	}
	if ok && first > 0 && isLower(ws[0].text) && !isPersonNoun(ws[first-1].text) {
		ok = false // lower-case words before the name end in a role noun ("study lead author"), not a verb ("police order Tom Smith")
	}
	if ok && m.span.Start == ws[first].start {
		m = ix.officeHolder(text, m) // "Texas delegate Bill Eastland"
	}
	if ok && m.span.Start >= ws[first].start && strings.HasPrefix(strings.TrimSpace(text[m.span.End:min(len(text), m.span.End+2)]), ",") {
		var longBuf [30]phraseWord
		long := appendWordsIn(longBuf[:0], text, ix.words, m.span.End, min(len(text), m.span.End+300), len(longBuf))
		for v := 1; v < len(long); v++ {
			if isReporting(long[v].text) && strings.ContainsAny(text[m.span.End:long[v].start], ",") {
				return m.span, long[v].text, true
			}
			if strings.ContainsAny(text[long[v-1].end:long[v].start], ".\n") {
				break
			}
		}
	}
	// A speaker first: "he said", "Kremlin spokesman Dmitry Peskov
	// said", "the French presidency said".
	// A name may take a phrase of proper nouns after it ("Jeffrey Lewis
	// of the James Martin Center for Nonproliferation Studies wrote").
	limit := 7
	if m, ok := ix.at(ws[0].start); ok && m.span.Start == ws[0].start && !ix.inQuote(m.span.Start) {
		limit = 13
		for j := 1; j < len(ws) && j <= 13; j++ {
			if ws[j].start < m.span.End {
				continue
			}
			if w := ws[j].text; isReporting(w) {
				break
			} else if r, _ := utf8.DecodeRuneInString(w); !isUpperRune(r) && !inLower(clausePrepositions, w) && !inLower(articles, w) || strings.TrimSpace(text[ws[j-1].end:ws[j].start]) != "" {
				limit = 7
				break
			}
		}
	}
	for v := 1; v < len(ws) && v <= limit; v++ {
		if subordinators.has(ws[v-1].text) {
			break // "…", hours after Berlin's allies agreed: not the speaker
		}
		if isReporting(ws[v].text) {
			if strings.EqualFold(ws[v-1].text, "to") && !reportedByImplicative(ws, v) || inLower(beForms, ws[v-1].text) {
				break // "He declined to say", "he was told": not a report by him
			}
			// A clause before the verb's own: the subject follows its
			// comma (""…," just as Clinton did in 2008, Rendell added"),
			// or, with the comma right before the verb, is the name after
			// it (""…" that Sanders can win, said Steve Elmendorf").
			c := lastCommaIn(text, ws[:v+1])
			if c > 0 && c < v && inLower(listConjunctions, ws[c].text) {
				break // a clause of its own: "…," for instance, and Trump vowed
			}
			if c > 0 && !strings.HasSuffix(ws[v].text, "ing") && !opensSubordinate(ws[c].text) {
				if c == v {
					if v+1 < len(ws) && !tellsHearer(ws[v].text) {
						if m, ok := ix.at(ws[v+1].start); ok && m.span.Start == ws[v+1].start && !ix.inQuote(m.span.Start) {
							return ix.officeHolder(text, m).span, ws[v].text, true
						}
					}
				} else if sp := trimSpeaker(text, Span{ws[c].start, ws[v-1].end}); namesSomeone(text, sp, ix) {
					return appositiveHead(text, ws[c].start, sp, ix), ws[v].text, true
				}
			}
			sp := trimSpeaker(text, Span{ws[0].start, ws[v-1].end})
			// Right after the quote, a capitalised word or two before the
			// verb name the speaker even when no rule knows the name
			// (""…," Cuban said").
			if namesSomeone(text, sp, ix) || v <= 2 && capitalised(ws[:v]) {
				return appositiveHead(text, at, sp, ix), ws[v].text, true
			}
			// A bare plural right after the quote is a group that speaks
			// (""…," officials said", ""…," senior officials said").
			if v <= 2 && barePlural(ws[:v]) {
				return Span{ws[0].start, ws[v-1].end}, ws[v].text, true
			}
			break
		}
	}
	return Span{}, "", false
}

// opensClause reports whether the mention sp that the words ws open is
// the subject of a clause, no inverted speaker: an auxiliary, a modal or
// a form of "be" follows it or stands in it (""…," said the candidate
// could be", "said Tom Berg would").
func opensClause(ws []phraseWord, sp Span) bool {
	for k := 1; k < len(ws); k++ {
		if w := ws[k].text; w == "who" || w == "which" {
			break // a relative clause: "a Mexican official who was not authorized"
		}
		if w := ws[k].text; ws[k].start >= sp.Start && (speakerTails.has(w) || auxiliaries.has(w) || beForms.has(w)) {
			return ws[k].start <= sp.End+1
		}
		if ws[k].start > sp.End+1 {
			break
		}
	}
	return false
}

// opensSubordinate reports whether the word w opens a subordinate clause
// ("as Bush continued to interject", "while", "after"), whose subject is
// no speaker of the main clause.
func opensSubordinate(w string) bool {
	return inLower(subordinators, w) || strings.EqualFold(w, "as")
}

// lastCommaIn returns the index of the last of the words ws that a comma
// or a semicolon precedes, or 0.
func lastCommaIn(text string, ws []phraseWord) int {
	for k := len(ws) - 1; k > 0; k-- {
		if strings.ContainsAny(text[ws[k-1].end:ws[k].start], ",;") {
			return k
		}
	}
	return 0
}

// barePlural reports whether ws, one or two words in lower case, end in
// a noun in the plural with no determiner before it ("officials", "senior
// officials").
func barePlural(ws []phraseWord) bool {
	for _, w := range ws {
		if !isLower(w.text) || isFunctionWord(w.text) {
			return false
		}
	}
	last := ws[len(ws)-1].text
	return len(last) > 3 && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss")
}

// attributionBefore reads the words before an opening mark in its
// sentence: a speaker and a reporting verb right before the quote ("Macron
// said Saturday: "…"", "Peskov cautioned that "…"", "according to
// Moscow, "…"").
func attributionBefore(text string, sentStart int, before string, ix *mentionIndex) (Span, string, bool) {
	var buf [60]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, sentStart, sentStart+len(before), len(buf))
	if len(ws) == 0 {
		return Span{}, "", false
	}
	// The reporting verb nearest the quote, within a few words of it.
	for v := len(ws) - 1; v >= 0 && v >= len(ws)-6; v-- {
		if !isReporting(ws[v].text) || ix.inQuote(ws[v].start) || nounAfterDeterminer(text, ws, v) || soCalled(ws, v) {
			continue
		}
		if v > 0 && strings.EqualFold(ws[v-1].text, "to") && !reportedByImplicative(ws, v) {
			continue // an infinitive
		}
		if passive(ws, v) {
			if sp, ok := passiveAgent(text, ws, v, ix); ok {
				return sp, ws[v].text, true
			}
			return Span{}, "", false
		}
		if v > 0 && inLower(pronouns, ws[v-1].text) {
			return Span{ws[v-1].start, ws[v-1].end}, ws[v].text, true
		}
		if isParticiple(text, ws, v) {
			if sp, ok := ix.participleSubject(text, ws[v].start); ok {
				return sp, ws[v].text, true
			}
			return Span{}, "", false
		}
		if sharesSubject(ws, v) {
			if sp, ok := ix.sentenceSubject(text, sentStart, ws[v].start); ok {
				return sp, ws[v].text, true
			}
		}
		// A comma right before the verb closes an appositive or a
		// relative clause after the subject ("Pence, who is running for
		// reelection, praised Cruz for "…""): the subject is the name
		// before it, not the object after the verb.
		// Adverbs may stand between the comma and the verb ("Clinton,
		// exasperated, famously responded:").
		if a := commaBeforeVerb(text, ws, v); a > 0 {
			if sp, ok := ix.subjectBeforeAppositive(text, sentStart, ws[a].start); ok {
				return sp, ws[v].text, true
			}
		}
		// The subject: the words from the clause start to the verb.
		s := v - 1
		for s > 0 && !strings.ContainsAny(text[ws[s-1].end:ws[s].start], ",;:") && v-s < 8 {
			s--
		}
		e := v // the subject ends before ws[e]
		s, e = skipParenthetical(text, ws, s, e)
		// A relative clause's subject is the name it follows: "Mr.
		// Scott, who has called Mr. Trump's comments "…"".
		if s > 0 && s < v && ws[s].text == "who" && strings.Contains(text[ws[s-1].end:ws[s].start], ",") {
			if m, ok := ix.at(ws[s-1].start); ok && m.span.End == ws[s-1].end && ix.ents[m.ent].Kind == Person {
				return m.span, ws[v].text, true
			}
		}
		if s >= 0 && s < e {
			// "where the secretary of state said", "lamenting what the
			// writers described as": the subject follows the word that
			// opens the clause the verb is in.
			sp := Span{ws[clauseOpen(ws, s, e)].start, ws[e-1].end}
			if isSpeakerPhrase(text, sp, ix) {
				return ix.subjectHead(text, sentStart, trimSpeaker(text, sp), ws[v].start), ws[v].text, true
			}
		}
		// "said she was "…"": a subject pronoun with words after it
		// opens the clause the verb reports, and is no inverted speaker.
		if v+2 < len(ws) && inLower(subjectPronouns, ws[v+1].text) {
			return Span{}, "", false
		}
		// "said Peskov: "…"": an inverted speaker ends with the colon or
		// comma before the quote; a mention the quote follows right
		// after ("called Omar a "terrorist"", "said the U.S. "clearly"
		// needed") is the verb's object or the subject of the clause it
		// reports.
		if v+1 < len(ws) && !tellsHearer(ws[v].text) && strings.ContainsAny(lastRuneOf(strings.TrimRight(before, " \t\u00a0")), ":,") {
			if sp, ok := mentionFrom(text, ws[v+1:], ix); ok {
				return sp, ws[v].text, true
			}
		}
		return Span{}, "", false
	}
	for k := 0; k+2 < len(ws); k++ {
		if strings.EqualFold(ws[k].text, "according") && ws[k+1].text == "to" {
			if sp, ok := mentionFrom(text, ws[k+2:], ix); ok {
				return sp, "according to", true
			}
		}
		// "in the words of the patient: "…"", as "according to" does.
		if k+4 < len(ws) && strings.EqualFold(ws[k].text, "in") && strings.EqualFold(ws[k+1].text, "the") && ws[k+2].text == "words" && ws[k+3].text == "of" {
			if sp, ok := mentionFrom(text, ws[k+4:], ix); ok {
				return sp, "in the words of", true
			}
		}
	}
	// "Said Dorothy Poynter, who grew up with Ali, "…"": the verb opens
	// the sentence, in capitals, and its subject follows it, before a
	// comma ("Said Ahmed: "…"" is a name, "Said" a given name, and a label).
	if len(ws) > 1 && ws[0].start == sentStart+leadingSpace(before) && (ws[0].text == "Said" || ws[0].text == "Says") &&
		lastRuneOf(strings.TrimRight(before, " \t\u00a0")) == "," {
		if sp, ok := mentionFrom(text, ws[1:], ix); ok {
			return sp, strings.ToLower(ws[0].text), true
		}
	}
	if sp, ok := ix.speakerLabel(text, sentStart, before); ok {
		return sp, ":", true
	}
	// A sentence that introduces the quote with a colon ("The campaign,
	// in a Q&A, worded it more carefully: "…""): its subject, a name
	// among its first words, speaks.
	if strings.HasSuffix(strings.TrimRight(before, " \t\u00a0"), ":") {
		// The subject of the last clause: "Swift has a deal, and The
		// Carlyle Group will be left to wonder: "…"" is the group's.
		c := sentStart
		for _, sep := range []string{"; ", ", and ", ", but ", ", while "} {
			if i := strings.LastIndex(before, sep); i >= 0 {
				c = max(c, sentStart+i+len(sep))
			}
		}
		// The clause's subject after an opening phrase ("In a Fox
		// interview later that day, Trump went even further:"), not a
		// name in that phrase.
		if sp, ok := ix.leadSubject(text, c, sentStart+len(before)); ok {
			return sp, ":", true
		}
		if m, ok := ix.firstIn(c, sentStart+len(before)); ok && !ix.inQuote(m.span.Start) && countWords(text[c:m.span.Start]) <= 2 {
			return m.span, ":", true
		}
		// "She then addressed the supporters again: "…"", "The judge
		// then turned to me: "…"", "As if addressing the magnate, the
		// board was conclusive in its findings: "…"": a pronoun, a
		// person after an opening phrase, or a description that opens
		// the clause.
		end := sentStart + len(before)
		if sp, ok := ix.openingSubject(text, c, end); ok {
			return sp, ":", true
		}
		var dbuf [12]phraseWord
		if sp, ok := ix.openingDescription(text, appendWordsIn(dbuf[:0], text, ix.words, c, end, len(dbuf))); ok && !ix.inQuote(sp.Start) {
			return sp, ":", true
		}
	}
	return Span{}, "", false
}

// speakerLabel returns the person a label before a quote names, as lists
// of reactions and transcripts write them: `Ann Lee: "…"`, `Ann Lee,
// columnist: "…"`, `- Ann Lee: "…"`. before is the text from sentStart to
// the opening mark; the label is the last person named before its final
// colon, with at most a short title after the name.
func (ix *mentionIndex) speakerLabel(text string, sentStart int, before string) (Span, bool) {
	b := strings.TrimRight(before, " \t\u00a0")
	if !strings.HasSuffix(b, ":") {
		return Span{}, false
	}
	colon := sentStart + len(b) - 1
	k, _ := slices.BinarySearchFunc(ix.ms, colon, func(m indexedMention, i int) int { return m.span.Start - i })
	for j := k - 1; j >= 0 && ix.ms[j].span.Start >= sentStart; j-- {
		m := ix.ms[j]
		if m.span.End > colon {
			continue
		}
		if ix.ents[m.ent].Kind != Person {
			return Span{}, false
		}
		rest := strings.TrimSpace(text[m.span.End:colon])
		if rest == "" || strings.HasPrefix(rest, ",") && countWords(rest) <= 6 && !strings.ContainsAny(rest, ".;") {
			return m.span, true
		}
		return Span{}, false
	}
	return Span{}, false
}

// attributionInSentence finds a reporting verb anywhere in the quote's
// sentence outside the marks, and its subject: the speaker of a partial
// quote ("Zelensky warned that Russia wanted a "stronger position"").
func attributionInSentence(text string, sentStart, sentEnd int, mark Span, ix *mentionIndex) (Span, string, bool) {
	var buf [80]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, sentStart, mark.Start, len(buf))
	for v := 0; v < len(ws); v++ {
		if !isReporting(ws[v].text) || ix.inQuote(ws[v].start) || nounAfterDeterminer(text, ws, v) || soCalled(ws, v) {
			continue
		}
		if inSubordinateClause(text, ws, v) && strings.ContainsAny(text[ws[v].end:mark.Start], ",;") {
			// "After Brown criticized Bill Clinton, Hillary shot back,
			// "…"": the clause closed before the quote.
			continue
		}
		if isParticiple(text, ws, v) {
			if sp, ok := ix.participleSubject(text, ws[v].start); ok {
				return sp, ws[v].text, true
			}
			continue
		}
		if v == 0 {
			continue
		}
		if strings.EqualFold(ws[v-1].text, "to") && !reportedByImplicative(ws, v) {
			continue // an infinitive: "asked him to say"
		}
		// "Rubio was asked by moderator Gerard Baker whether …": the
		// subject of a passive did not say it.
		if passive(ws, v) {
			if sp, ok := passiveAgent(text, ws, v, ix); ok {
				return sp, ws[v].text, true
			}
			continue
		}
		if inLower(pronouns, ws[v-1].text) {
			return Span{ws[v-1].start, ws[v-1].end}, ws[v].text, true // "In a post she described …"
		}
		if sharesSubject(ws, v) {
			if sp, ok := ix.sentenceSubject(text, sentStart, ws[v].start); ok {
				return sp, ws[v].text, true
			}
		}
		// "Paul Begala, a former adviser to Mr. Clinton, said that …":
		// the comma before the verb closes an appositive of the subject.
		if a := commaBeforeVerb(text, ws, v); a > 0 {
			if sp, ok := ix.subjectBeforeAppositive(text, sentStart, ws[a].start); ok {
				return sp, ws[v].text, true
			}
		}
		s := v - 1
		for s > 0 && !strings.ContainsAny(text[ws[s-1].end:ws[s].start], ",;:") && v-s < 8 && !ix.inQuote(ws[s-1].start) {
			s--
		}
		e := v
		s, e = skipParenthetical(text, ws, s, e)
		if ix.inQuote(ws[s].start) {
			continue
		}
		sp := Span{ws[clauseOpen(ws, s, e)].start, ws[e-1].end}
		if isSpeakerPhrase(text, sp, ix) {
			return ix.subjectHead(text, sentStart, trimSpeaker(text, sp), ws[v].start), ws[v].text, true
		}
	}
	return Span{}, "", false
}

// clauseOpen returns where the subject of the verb after ws[s:e] starts:
// after the last word of ws[s:e-1] that opens a clause (a subordinator,
// "where", "what", "how", "why": "where the secretary of state said",
// "lamenting what the writers described as", "a few months before its
// senior vice president boasted") that no relative pronoun stands before
// ("the man who knows how the system works"), else at s. "after",
// "before", "since" and "until" are prepositions too ("The mayor after
// the vote said" gives "the vote"): on the PolNeAR texts, reading them as
// subordinators everywhere names more speakers rightly than reading them
// so only where they open the phrase.
func clauseOpen(ws []phraseWord, s, e int) int {
	for r := e - 2; r >= s; r-- {
		if inLower(subordinators, ws[r].text) || inLower(clauseWords, ws[r].text) {
			for q := s; q < r; q++ {
				if inLower(relativePronouns, ws[q].text) {
					return s
				}
			}
			return r + 1
		}
	}
	return s
}

// relativePronouns open a relative clause about a person inside a noun
// phrase ("the man who knows how …"); "which" and "that" open other
// clauses as often ("…, which is why many people say", "noted that
// abortion – what …").
var relativePronouns = setOf("who whom whose")

// clauseWords open a clause whose subject follows them, as subordinators
// do: "what the writers described as", "how the paper put it".
var clauseWords = setOf("where what how why")

// passive reports whether the reporting verb ws[v] is a participle in
// the past after a form of "be" ("it is called", "he was told"): its
// subject did not say it. A participle in "-ing" there is progressive
// ("is telling reporters"), and active.
func passive(ws []phraseWord, v int) bool {
	return v > 0 && inLower(beForms, ws[v-1].text) && !strings.HasSuffix(ws[v].text, "ing")
}

// passiveAgent returns the speaker of the passive reporting verb ws[v]:
// the mention after "by" right after it ("was asked by host Bill Maher").
func passiveAgent(text string, ws []phraseWord, v int, ix *mentionIndex) (Span, bool) {
	if v+2 < len(ws) && ws[v+1].text == "by" {
		return mentionFrom(text, ws[v+2:], ix)
	}
	return Span{}, false
}

// commaBeforeVerb returns the index of the word that a comma before the
// verb ws[v] precedes: the verb itself, or the first of the adverbs and
// auxiliaries right before it ("Clinton, exasperated, famously
// responded"); 0 when no comma stands there.
func commaBeforeVerb(text string, ws []phraseWord, v int) int {
	for a := v; a > 0; a-- {
		if strings.Contains(text[ws[a-1].end:ws[a].start], ",") {
			return a
		}
		if w := ws[a-1].text; !speakerTails.has(w) && !isLyAdverb(w) {
			break
		}
	}
	return 0
}

// inSubordinateClause reports whether the verb ws[v] is in a clause that
// a subordinator opens ("after Brown criticized", "when Kelly
// confronted"): its subject is not the speaker of a quote in the main
// clause. The clause runs from the subordinator to the next comma.
func inSubordinateClause(text string, ws []phraseWord, v int) bool {
	for k := v - 1; k >= 0 && k >= v-12; k-- {
		if strings.ContainsAny(text[ws[k].end:ws[k+1].start], ",;:") {
			return false
		}
		if inLower(subordinators, ws[k].text) {
			return true
		}
	}
	return false
}

// subjectHead returns the speaker the subject phrase sp of the verb at
// offset verb names: appositiveHead, except for a description that the
// verb follows with no comma between ("Clinton, a top aide said, "…"":
// the aide is the subject, not an appositive of Clinton).
func (ix *mentionIndex) subjectHead(text string, sentStart int, sp Span, verb int) Span {
	if s := text[sp.Start:sp.End]; inLower(determiners, firstField(s)) && !strings.Contains(text[sp.End:verb], ",") {
		if _, named := ix.firstIn(sp.Start, sp.End); !named {
			if k, _ := slices.BinarySearchFunc(ix.ms, sp.Start, func(m indexedMention, i int) int { return m.span.Start - i }); k == 0 || ix.ms[k-1].span.End <= sp.Start {
				return sp
			}
		}
	}
	return appositiveHead(text, sentStart, sp, ix)
}

// appositiveHead returns the named mention an appositive belongs to:
// for "Sen. Ben Sasse, R-Neb., called …" the subject phrase is "R-Neb.",
// and the speaker is the person named just before it in the clause.
func appositiveHead(text string, sentStart int, sp Span, ix *mentionIndex) Span {
	if inLower(pronouns, text[sp.Start:sp.End]) {
		return sp
	}
	k, _ := slices.BinarySearchFunc(ix.ms, sp.Start, func(m indexedMention, i int) int { return m.span.Start - i })
	if k > 0 && ix.ms[k-1].span.End > sp.Start {
		// The phrase starts inside a name ("Lavrov of Russia" of "Sergei
		// Lavrov of Russia"): that name is in the phrase.
		k--
	}
	if k < len(ix.ms) && ix.ms[k].span.Start < sp.End {
		// The phrase names someone: that mention is the speaker, without
		// the words around it ("Donald Trump privately", "in Kyiv,
		// British Prime Minister Keir Starmer").
		for j := k; j < len(ix.ms) && ix.ms[j].span.Start < sp.End; j++ {
			if ix.ents[ix.ms[j].ent].Kind == Person && !afterPreposition(text, sp.Start, ix.ms[j].span.Start) {
				h := ix.officeHolder(text, ix.ms[j]) // "Trump campaign spokeswoman Hope Hicks"
				if d, ok := possessedTo(text, h.span, sp.End); ok {
					return d // "Clinton's campaign": the campaign spoke, not Clinton
				}
				return h.span
			}
		}
		// Only organisations or places in the phrase: it may be the
		// appositive of a person named just before ("John Williams,
		// president of the Federal Reserve Bank of New York, said").
		if p, ok := ix.personBefore(text, sentStart, sp.Start); ok {
			return p
		}
		if !hasLowerPrefix(text[sp.Start:sp.End], "the ") && !participleAfter(text, ix.ms[k].span.End) {
			// (Not a name joined to a participle, "a London-based think
			// tank": it qualifies the phrase, as "the" says of others.)
			if d, ok := possessedTo(text, ix.ms[k].span, sp.End); ok {
				return d // "Twitter's spokesman"
			}
			return ix.ms[k].span
		}
		return sp // "the French presidency": the description is the mention
	}
	if p, ok := ix.personBefore(text, sentStart, sp.Start); ok {
		return p
	}
	return sp
}

// afterPreposition reports whether the word before offset i, at or after
// start, is a preposition: a name there is the object of a phrase ("a
// professor at Cornell"), not the subject of the clause.
func afterPreposition(text string, start, i int) bool {
	if i <= start {
		return false // the name starts before the phrase does
	}
	return inLower(clausePrepositions, lastField(text[start:i]))
}

// clausePrepositions are the prepositions afterPreposition knows.
var clausePrepositions = setOf(`at of in from for with by to on near about against despite outside inside amid`)

// personBefore returns the person named last before offset i in the
// sentence starting at sentStart when a comma follows the name: the head
// of an appositive.
func (ix *mentionIndex) personBefore(text string, sentStart, i int) (Span, bool) {
	k, _ := slices.BinarySearchFunc(ix.ms, i, func(m indexedMention, i int) int { return m.span.Start - i })
	for j := k - 1; j >= 0 && ix.ms[j].span.Start >= sentStart; j-- {
		m := ix.ms[j]
		if ix.ents[m.ent].Kind != Person || ix.inQuote(m.span.Start) || m.span.End > i {
			continue
		}
		if strings.HasPrefix(strings.TrimSpace(text[m.span.End:i]), ",") {
			return m.span, true
		}
		return Span{}, false
	}
	return Span{}, false
}

// isWholeStatement reports whether the quote is a statement of its own
// rather than words inside the writer's sentence: it opens its sentence
// (or follows a colon), and what follows it is an attribution or the
// sentence's end.
func isWholeStatement(text string, sentStart, sentEnd int, sg quoteSeg) bool {
	lead := strings.TrimSpace(text[sentStart:sg.mark.Start])
	if lead != "" && !strings.HasSuffix(lead, ":") && !strings.HasSuffix(lead, ",") {
		return false
	}
	inner := strings.TrimSpace(text[sg.in.Start:sg.in.End])
	if inner == "" {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(inner)
	return lead != "" || strings.ContainsRune(".,?!…—-", last) || sg.continued
}

// nounAfterDeterminer reports whether the word ws[v] stands right after
// an article, a possessive determiner or a possessive name ("the
// claims", "his remarks", "Sanders's attacks"): there a word spelt like a
// reporting verb is a noun, and no verb of a clause.
func nounAfterDeterminer(text string, ws []phraseWord, v int) bool {
	if v == 0 || strings.TrimSpace(text[ws[v-1].end:ws[v].start]) != "" {
		return false
	}
	p := ws[v-1].text
	if inLower(articles, p) {
		return true
	}
	// "'s" after a name is its possessive; after a pronoun it is "has"
	// or "is" ("she's said").
	stem := strings.TrimSuffix(strings.TrimSuffix(p, "'s"), "’s")
	return stem != p && !inLower(pronouns, stem) && !isFunctionWord(strings.ToLower(stem))
}

// firstVisible returns the offset in para of its first rune that is not
// invisible (len(para) if none), computed once into *at (-2: not yet):
// asked at every mark, it must not rescan the paragraph.
func firstVisible(para string, at *int) int {
	if *at == -2 {
		if *at = strings.IndexFunc(para, func(r rune) bool { return !invisible(r) }); *at < 0 {
			*at = len(para)
		}
	}
	return *at
}

// soCalled reports whether ws[v] is the "called" of "so called", the
// "so-called" of a name the writer keeps at a distance ("the so called
// "Self-Determination Initiative""): no verb of speech.
func soCalled(ws []phraseWord, v int) bool {
	return v > 0 && ws[v].text == "called" && strings.EqualFold(ws[v-1].text, "so")
}

// isReporting reports whether w is a reporting verb: in lower case, since
// "States" of "United States" is no verb.
func isReporting(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return !unicode.IsUpper(r) && reportingVerbs.has(w)
}

// mentionFrom returns the speaker mention that the words ws start with:
// a pronoun, an entity mention, or a description ("the spokesman", "a
// spokesperson for the British Foreign Office") up to a comma.
func mentionFrom(text string, ws []phraseWord, ix *mentionIndex) (Span, bool) {
	if len(ws) == 0 {
		return Span{}, false
	}
	if inLower(pronouns, ws[0].text) {
		return Span{ws[0].start, ws[0].end}, true
	}
	if m, ok := ix.at(ws[0].start); ok {
		return ix.officeHolder(text, m).span, true
	}
	end := 0
	for k := 0; k < len(ws) && k < 8; k++ {
		if k > 0 && strings.ContainsAny(text[ws[k-1].end:ws[k].start], ",;:.") {
			break
		}
		end = k + 1
	}
	if inLower(determiners, ws[0].text) {
		// A description ends in a word of its own: the words of a
		// clause cut at the quote are not part of it ("the authors of
		// the "…"" is "the authors"), and an article alone ("pledged a
		// "…"") describes nobody; a quantifier alone does ("read one",
		// "Several said").
		for end > 1 && (inLower(stopWords, ws[end-1].text) || inLower(determiners, ws[end-1].text) || inLower(clausePrepositions, ws[end-1].text)) {
			end--
		}
		if end == 1 && inLower(articles, ws[0].text) {
			return Span{}, false
		}
	}
	sp := Span{ws[0].start, ws[end-1].end}
	if isSpeakerPhrase(text, sp, ix) {
		return sp, true
	}
	return Span{}, false
}

// isSpeakerPhrase reports whether the words at sp can be who spoke: a
// pronoun, a phrase holding an entity mention, or a description opening
// with "the" or "a".
func isSpeakerPhrase(text string, sp Span, ix *mentionIndex) bool {
	s := strings.TrimSpace(text[sp.Start:sp.End])
	if s == "" || strings.ContainsAny(s, "“”\"") {
		return false
	}
	if inLower(pronouns, s) {
		return true
	}
	k, _ := slices.BinarySearchFunc(ix.ms, sp.Start, func(m indexedMention, i int) int { return m.span.Start - i })
	if k > 0 && ix.ms[k-1].span.End > sp.Start {
		// The phrase starts inside a name ("Lavrov of Russia" of "Sergei
		// Lavrov of Russia"): that name is in the phrase.
		k--
	}
	if k < len(ix.ms) && ix.ms[k].span.Start < sp.End {
		return true
	}
	if k > 0 && ix.ms[k-1].span.End > sp.Start {
		return true
	}
	// A clause is no one: "her menstrual cycle was behind her aggressive
	// tone" (clauseNotPhrase, read last: the cheap tests first).
	if inLower(determiners, firstField(s)) && countWords(s) <= 8 {
		return !clauseNotPhrase(s)
	}
	// A phrase that opens with a preposition is an adverbial ("In
	// other words, explained …"), no one.
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && countWords(s) <= 4 && !allStopWords(s) && !inLower(clausePrepositions, firstField(s)) && !clauseNotPhrase(s)
}

// clauseNotPhrase reports whether the words s hold a finite form of "be"
// with words after it that no "who", "which", "that" or "whose" comes
// before: a clause ("her cycle was behind …"), where a speaker is a noun
// phrase ("a man who was there"; "The senator is", the auxiliary of the
// verb after it; "Residents being evacuated").
func clauseNotPhrase(s string) bool {
	be := false // a finite "be" before this word
	for w := range strings.FieldsSeq(s) {
		if be {
			return true
		}
		switch w = strings.Trim(w, ",.;:"); {
		case strings.EqualFold(w, "who") || strings.EqualFold(w, "which") || strings.EqualFold(w, "that") || strings.EqualFold(w, "whose"):
			return false
		case strings.EqualFold(w, "is") || strings.EqualFold(w, "are") || strings.EqualFold(w, "was") || strings.EqualFold(w, "were"):
			be = true
		}
	}
	return false
}

// allStopWords reports whether every word of s is a stop word or a day
// or month name and none a personal pronoun ("But", "And then", "said
// Wednesday"; not "He also"): a capitalised phrase of those names no one.
func allStopWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if w = strings.Trim(w, ",;:"); !inLower(stopWords, w) && !inLower(calendarNames, w) || inLower(pronouns, w) {
			return false
		}
	}
	return true
}

// sentenceSubject returns the mention that opens the sentence starting at
// sentStart (before offset i): the subject a coordinated or participial
// verb shares ("China's ambassador accused … and warned that",
// "Liu said …, warning:").
func (ix *mentionIndex) sentenceSubject(text string, sentStart, i int) (Span, bool) {
	// A pronoun that opens the sentence is its subject ("He urged Mr.
	// Trump to …, saying"): not the first name after it.
	if w, ok := firstWordIn(text, ix.words, sentStart, min(i, sentStart+40)); ok && inLower(pronouns, w.text) {
		return Span{w.start, w.end}, true
	}
	for k, _ := slices.BinarySearchFunc(ix.ms, sentStart, func(m indexedMention, i int) int { return m.span.Start - i }); k < len(ix.ms) && ix.ms[k].span.Start < i; k++ {
		m := ix.ms[k]
		if ix.inQuote(m.span.Start) {
			continue
		}
		if opensSentence(text, m.span.Start) {
			return ix.officeHolder(text, ix.owned(text, m, i)).span, true
		}
		break
	}
	// "In an interview with The Wall Street Journal, Trump doubled down
	// … and said": the person after an opening phrase.
	return ix.openingSubject(text, sentStart, i)
}

// sharesSubject reports whether the verb ws[v] takes its subject from
// the sentence's start: it follows "and" or "but" ("China's ambassador
// accused … and warned that"). A participle does too (see isParticiple).
func sharesSubject(ws []phraseWord, v int) bool {
	return v > 0 && (strings.EqualFold(ws[v-1].text, "and") || strings.EqualFold(ws[v-1].text, "but"))
}

// isParticiple reports whether the verb ws[v] is a participle that opens
// an adverbial phrase of the clause before it: after a comma ("…,
// warning:", "…, telling reporters"), or after a preposition that makes
// it an adverbial of the main clause ("began by saying", "upon saying").
func isParticiple(text string, ws []phraseWord, v int) bool {
	if !strings.HasSuffix(ws[v].text, "ing") {
		return false
	}
	if v > 0 && gerundPrepositions.has(strings.ToLower(ws[v-1].text)) {
		return true
	}
	// The comma may close the quote before the participle: "“fantastic,”
	// telling reporters".
	before := strings.TrimRight(text[max(0, ws[v].start-8):ws[v].start], " \t\u00a0\"'”’")
	return strings.HasSuffix(before, ",")
}

// gerundPrepositions open an adverbial phrase whose gerund takes the
// subject of the clause it modifies ("by saying", "upon saying", "after
// saying", "before adding", "while saying").
var gerundPrepositions = setOf("by upon after before while")

// namesSomeone reports whether the phrase at sp is a pronoun, holds an
// entity mention, or is a description ("the spokesman"): unlike
// isSpeakerPhrase, a capitalised phrase of common words is not enough.
func namesSomeone(text string, sp Span, ix *mentionIndex) bool {
	s := strings.TrimSpace(text[sp.Start:sp.End])
	if s == "" {
		return false
	}
	if inLower(pronouns, s) {
		return true
	}
	if m, ok := ix.firstIn(sp.Start, sp.End); ok && !ix.inQuote(m.span.Start) {
		return true
	}
	return inLower(determiners, firstField(s)) && countWords(s) <= 8
}

// capitalised reports whether every word of ws starts with a capital.
func capitalised(ws []phraseWord) bool {
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w.text); !isUpperRune(r) {
			return false
		}
	}
	return len(ws) > 0
}

// determiners open a noun phrase that can describe a speaker ("the
// spokesman", "one user", "another official", "his lawyer"): the English
// articles, quantifiers and possessive determiners (not the
// demonstratives: "that" more often opens a clause).
var determiners = setOf("the a an one another some many several most each every his her their its our my your two three four five")

// articles are the determiners that never stand alone for a noun.
var articles = setOf("the a an his her their its our my your every")

// beForms make a reporting verb after them passive.
var beForms = setOf("is are was were be been being")

// subordinators open a clause whose subject is not a speaker of the
// quote before it.
var subordinators = setOf("after before when while since until because although though unless whereas whether if")

// speakerTails are the words that may stand between a subject and its
// reporting verb.
var speakerTails = setOf("has have had been is was were will would also later earlier previously since then again already once too further often never always still even just first now")

// trimSpeaker drops a leading conjunction or adverb ("But Zelensky",
// "And he") from a speaker span.
func trimSpeaker(text string, sp Span) Span {
	s := text[sp.Start:sp.End]
	// "He also", "she later": the pronoun is the speaker.
	if f, n := firstField(s), countFields(s); n > 1 && inLower(subjectPronouns, f) || n > 1 && n <= 3 && inLower(pronouns, f) && isLower(s[len(f):]) {
		return Span{sp.Start, sp.Start + len(f)}
	}
	for _, lead := range []string{"But ", "And ", "So ", "Then ", "Yet ", "Still ", "Meanwhile ", "However, "} {
		if strings.HasPrefix(s, lead) {
			sp.Start += len(lead)
			break
		}
	}
	// "Although he": a subordinator opens the clause, the subject follows.
	if f := firstField(text[sp.Start:sp.End]); inLower(subordinators, f) && len(f) < sp.End-sp.Start {
		sp.Start += len(f) + len(text[sp.Start+len(f):sp.End]) - len(strings.TrimLeft(text[sp.Start+len(f):sp.End], " "))
	}
	// "The candidate appeared to assert his plans by": a description ends
	// before a verb in the past that follows its noun (not "the alleged
	// victim", where the word follows the determiner).
	if s = text[sp.Start:sp.End]; inLower(determiners, firstField(s)) {
		prev := ""
		for i := 0; i < len(s); {
			j := strings.IndexByte(s[i:], ' ')
			if j < 0 {
				j = len(s) - i
			}
			w := s[i : i+j]
			if prev != "" && !inLower(determiners, prev) && len(w) > 3 && strings.HasSuffix(w, "ed") && isLower(w) {
				sp.End = sp.Start + len(strings.TrimRight(s[:i], " "))
				break
			}
			prev = w
			i += j + 1
		}
	}
	// "The UK has urged", "Mr Lavrov had earlier said": auxiliaries and
	// adverbs between the subject and the verb are not the speaker.
	for {
		s = text[sp.Start:sp.End]
		sp2 := strings.LastIndexByte(s, ' ')
		if w := s[sp2+1:]; sp2 <= 0 || !speakerTails.has(w) && !isLyAdverb(w) {
			return sp
		}
		sp.End = sp.Start + len(strings.TrimRight(s[:sp2], " "))
	}
}

// participleSubject returns the subject of the clause that the
// participle at offset i belongs to: its words after the participle are
// its object ("calling him", "telling reporters"), never its subject.
// The subject is the speaker of the clause the participle's comma closes
// ("…, Spicer said, adding"), else the first person or organisation (or
// personal pronoun) of the sentence that no preposition governs ("On
// Thursday, after …, Warren appeared with … and endorsed Clinton,
// saying").
func (ix *mentionIndex) participleSubject(text string, i int) (Span, bool) {
	start, _ := ix.sents.around(Span{i, i})
	if c := strings.LastIndexByte(text[start:i], ','); c >= 0 {
		c += start
		if p := lastClause(text, start, c); p < c && opensWithSpeaker(text, p, text[p:c], ix) {
			if sp, _, ok := attributionAfter(text, p, text[p:c], ix); ok {
				return sp, true
			}
		}
		// The subject of the clause the comma closes, after a
		// subordinator: "as Mrs. Clinton echoed the criticism, saying",
		// "In response to Trump's proposal to bar Muslims, Clinton's
		// right-hand woman rallied supporters, saying".
		if p := lastClause(text, start, c); p < c {
			if sp, ok := ix.clauseSubject(text, p, c); ok {
				return sp, true
			}
		}
	}
	var buf [60]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, start, i, len(buf))
	// A description opens the sentence and ends at its verb: "The
	// former secretary of state mocked Trump for …, noting".
	if sp, ok := ix.openingDescription(text, ws); ok {
		return sp, true
	}
	for k, w := range ws {
		if ix.inQuote(w.start) {
			continue
		}
		if k > 0 && inLower(clausePrepositions, ws[k-1].text) {
			continue
		}
		if inLower(subjectPronouns, w.text) {
			return Span{w.start, w.end}, true
		}
		if m, ok := ix.at(w.start); ok && m.span.Start == w.start {
			// A name that opens the sentence is its subject whatever kind
			// the entity rules guessed ("Band member Flea shared …").
			if kind := ix.ents[m.ent].Kind; kind == Person || kind == Org || opensSentence(text, m.span.Start) {
				return ix.officeHolder(text, ix.owned(text, m, i)).span, true
			}
		}
	}
	return Span{}, false
}

// verbParticles are the adverbial particles of the phrasal verbs that
// report speech ("shot back", "went on", "chimed in", "cut in", "spoke
// up"): the particles of English phrasal verbs that take no object,
// taken from the issue's examples and PolNeAR train, and checked on its
// dev split and the 33-article set (no change there).
var verbParticles = setOf("back on in up")

// clauseSubject returns the subject that opens the clause text[from:to],
// after a conjunction or a subordinator ("as", "while", "when"): a
// personal pronoun, the head of a name's phrase (not a place), or a
// description up to its verb.
func (ix *mentionIndex) clauseSubject(text string, from, to int) (Span, bool) {
	var buf [16]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, from, to, len(buf))
	k := 0
	for k < len(ws) && k < 2 && (inLower(openingConjunctions, ws[k].text) || inLower(subordinators, ws[k].text) || strings.EqualFold(ws[k].text, "as")) {
		k++
	}
	if k >= len(ws) || ix.inQuote(ws[k].start) {
		return Span{}, false
	}
	// A verb follows the subject: "Hillary Clinton" of "his rival,
	// Hillary Clinton, saying" is an appositive, no clause.
	verbAfter := func(end int) bool {
		for j := k + 1; j < len(ws); j++ {
			if w := ws[j].text; ws[j].start < end || speakerTails.has(w) || isLyAdverb(w) {
				continue
			}
			w := ws[j].text
			return isLower(w) && !isFunctionWord(w) && (isReporting(w) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
		}
		return false
	}
	if inLower(subjectPronouns, ws[k].text) {
		if verbAfter(ws[k].end) {
			return Span{ws[k].start, ws[k].end}, true
		}
		return Span{}, false
	}
	if m, ok := ix.at(ws[k].start); ok && m.span.Start == ws[k].start {
		m = ix.officeHolder(text, ix.owned(text, m, to))
		if d, ok := possessed(text, m.span, func(end int) bool { return end <= to && verbAfter(end) }); ok {
			return d, true // "Hillary Clinton's right-hand woman rallied supporters, saying"
		}
		if !ix.modifier(text, m) && verbAfter(m.span.End) {
			return m.span, true
		}
		return Span{}, false
	}
	return ix.openingDescription(text, ws[k:])
}

// possessed returns the noun phrase that the possessive name at m opens
// and that ends where ends says a subject may end: the name and one to
// four lower-case words after it, one space apart, that can be nouns of a
// role or a group ("Clinton's campaign", "Donald Trump's campaign
// manager", "Cruz's lawyers", "Hillary Clinton's right-hand woman"), the
// shortest such phrase that ends takes. Who speaks there is the campaign,
// the manager or the lawyers, not the name that owns them. ok is false
// for a name that is no possessive or that no such phrase follows.
func possessed(text string, m Span, ends func(end int) bool) (Span, bool) {
	name := text[m.Start:m.End]
	if trimPossessive(name) == name {
		return Span{}, false
	}
	end := m.End
	for n := 0; n < 4 && end < len(text) && text[end] == ' '; n++ {
		start, stop, ok := scanWord(text, end+1)
		if !ok || start != end+1 || !modifierNoun(text[start:stop]) {
			break
		}
		if end = stop; ends(end) {
			return Span{m.Start, end}, true
		}
	}
	return Span{}, false
}

// possessedTo is possessed for a phrase that ends at to, where the
// subject before a verb ends.
func possessedTo(text string, m Span, to int) (Span, bool) {
	return possessed(text, m, func(end int) bool { return end == to })
}

// leadSubject returns the subject of the main clause of text[from:to],
// the writer's words that introduce a quote after a comma or a colon:
// after an opening phrase that a comma closes ("After Brown criticized
// Clinton during a debate, Hillary shot back,"), or inside a clause that
// "as" or a subordinator opens ("As Vulture put it,"), a personal
// pronoun, a name (the head of its phrase) or a description, followed by
// a verb, perhaps after an appositive set off by commas ("Filippo Grandi,
// the United Nations High Commissioner, reacted skeptically,"). A phrase
// with no subject ("In a statement,") has none, nor has a noun phrase
// that a possessive opens ("Mike Wall's book about alien life,").
func (ix *mentionIndex) leadSubject(text string, from, to int) (Span, bool) {
	var buf [40]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, from, to, len(buf))
	k := afterConjunctions(ws)
	if k < len(ws) && opensAdverbial(ws[k].text) {
		for j := k + 1; j < len(ws); j++ {
			if strings.Contains(text[ws[j-1].end:ws[j].start], ",") {
				k = j
				break
			}
		}
	}
	if k < len(ws) && (inLower(subordinators, ws[k].text) || strings.EqualFold(ws[k].text, "as")) {
		k++
	}
	if k >= len(ws) || ix.inQuote(ws[k].start) {
		return Span{}, false
	}
	var sp Span
	if inLower(subjectPronouns, ws[k].text) {
		sp = Span{ws[k].start, ws[k].end}
	} else if m, ok := ix.at(ws[k].start); ok && m.span.Start == ws[k].start {
		// A possessive that owns no name heads no subject ("Mike Wall's
		// book about alien life, "Out There"").
		if m = ix.officeHolder(text, ix.owned(text, m, to)); ix.modifier(text, m) || trimPossessive(text[m.span.Start:m.span.End]) != text[m.span.Start:m.span.End] {
			return Span{}, false
		}
		sp = m.span
	} else {
		return ix.openingDescription(text, ws[k:])
	}
	j := k
	for j < len(ws) && ws[j].start < sp.End {
		j++
	}
	if j < len(ws) && strings.Contains(text[sp.End:ws[j].start], ",") {
		// An appositive or a relative clause: the verb follows its
		// closing comma.
		for j++; j < len(ws) && !strings.Contains(text[ws[j-1].end:ws[j].start], ","); j++ {
		}
	}
	for j < len(ws) && (speakerTails.has(ws[j].text) || isLyAdverb(ws[j].text)) {
		j++
	}
	if j < len(ws) && isLower(ws[j].text) && (!isFunctionWord(ws[j].text) || isReporting(ws[j].text)) {
		return sp, true
	}
	return Span{}, false
}

// nearestSubject returns the subject nearest before offset to in the
// sentence starting at from: the last personal pronoun in the subject
// case, name (the head of its phrase; no place, no possessive, no object
// of a preposition) or description that a verb follows, perhaps after an
// appositive set off by commas ("Mike Huckabee, the former governor,
// proposed"), auxiliaries and adverbs ("he has battled", "Congress did
// lay out"). A subject right after "that" opens a reported clause: the
// subject before it, if any, reported it ("a judge ruled that Assange
// should …").
func (ix *mentionIndex) nearestSubject(text string, from, to int) (Span, bool) {
	var buf [60]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, from, to, len(buf))
	var reported Span // a subject after "that", should none report it
	haveReported := false
	for k := len(ws) - 1; k >= 0; k-- {
		if ix.inQuote(ws[k].start) || k > 0 && inLower(clausePrepositions, ws[k-1].text) {
			continue
		}
		var sp Span
		if inLower(subjectPronouns, ws[k].text) {
			sp = Span{ws[k].start, ws[k].end}
		} else if m, ok := ix.at(ws[k].start); ok && m.span.Start == ws[k].start {
			m = ix.officeHolder(text, m)
			if s := text[m.span.Start:m.span.End]; ix.modifier(text, m) || trimPossessive(s) != s {
				continue
			}
			sp = m.span
		} else if inLower(determiners, ws[k].text) {
			// The description opens at its first determiner ("The two
			// ministers").
			for k > 0 && inLower(determiners, ws[k-1].text) && strings.TrimSpace(text[ws[k-1].end:ws[k].start]) == "" {
				k--
			}
			if d, ok := ix.openingDescription(text, ws[k:]); ok {
				return d, true
			}
			continue
		} else {
			continue
		}
		if !subjectOfVerb(text, ws[k:], sp.End) {
			continue
		}
		// The subject of a clause after "that" is the subject of what
		// was reported, when a subject before it reported it ("a judge
		// ruled that Assange should …").
		if k > 0 && strings.EqualFold(ws[k-1].text, "that") && !haveReported {
			reported, haveReported = sp, true
			continue
		}
		return sp, true
	}
	return reported, haveReported
}

// subjectOfVerb reports whether a verb follows the subject that opens ws
// and ends at offset end: past an appositive set off by commas,
// auxiliaries and adverbs, a word in lower case that is no function word.
func subjectOfVerb(text string, ws []phraseWord, end int) bool {
	j := 0
	for j < len(ws) && ws[j].start < end {
		j++
	}
	if j < len(ws) && strings.Contains(text[end:ws[j].start], ",") {
		if inLower(listConjunctions, ws[j].text) {
			return false // "Credit Suisse, UBS, and the Bankers Association": a list
		}
		for j++; j < len(ws) && !strings.Contains(text[ws[j-1].end:ws[j].start], ","); j++ {
		}
	}
	be, aux := false, j
	for j < len(ws) && (speakerTails.has(ws[j].text) || auxiliaries.has(ws[j].text) || isLyAdverb(ws[j].text)) {
		be = be || beForms.has(ws[j].text)
		j++
	}
	if j == len(ws) && j > aux && !be {
		return true // the quote is the verb: "he had recently "acquired""
	}
	if j >= len(ws) || !isLower(ws[j].text) {
		return false
	}
	w := ws[j].text
	if be && (isReporting(w) || strings.HasSuffix(w, "ed")) {
		return false // a passive: "Priebus was said to be"
	}
	return !isFunctionWord(w) || isReporting(w)
}

// listConjunctions join the last item of a list ("X, Y, and Z").
var listConjunctions = setOf("and or nor")

// auxiliaries are the verbs that stand before a subject's main verb
// ("did lay out", "could only quip"), besides those of speakerTails.
var auxiliaries = setOf("do does did can could may might must should shall")

// subjectPronouns are the personal pronouns in the subject case.
var subjectPronouns = setOf("he she they we i")

// openingDescription returns the description that opens ws, a sentence's
// words, up to its verb: "The former secretary of state" of "The former
// secretary of state mocked Trump", "The GOP nominee" of "The GOP nominee
// has staked". The verb is a reporting verb or a word in the past
// ("-ed"), not after a form of "be" (a passive); only prepositional
// phrases, auxiliaries and adverbs may stand in the phrase among its
// nouns and adjectives. An article and a name ("The Kremlin insisted")
// is the name's mention.
func (ix *mentionIndex) openingDescription(text string, ws []phraseWord) (Span, bool) {
	if len(ws) == 0 || !inLower(determiners, ws[0].text) {
		return Span{}, false
	}
	for k := 1; k < len(ws) && k <= 8; k++ {
		if strings.TrimSpace(text[ws[k-1].end:ws[k].start]) != "" {
			break // punctuation, a hyphen ("self-described") or a mark
		}
		w := ws[k].text
		// A word in "-ed" right after the determiner is an adjective
		// ("most animated", "the alleged victim"), and an article alone
		// describes no one ("the observed volume").
		if isLower(w) && (k > 1 || !inLower(articles, ws[0].text)) && (isReporting(w) || k > 1 && len(w) > 3 && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-")) {
			if inLower(beForms, ws[k-1].text) {
				break
			}
			if k+1 < len(ws) && inLower(beForms, ws[k+1].text) {
				break // a participle in the phrase, before its verb: "the term often used is"
			}
			sp := trimSpeaker(text, Span{ws[0].start, ws[k-1].end})
			if m, ok := ix.at(ws[1].start); ok && m.span.Start == ws[1].start && m.span.End >= sp.End {
				return m.span, true // "The Kremlin insisted": the name
			}
			return sp, true
		}
		if speakerTails.has(w) || clausePrepositions.has(w) {
			continue
		}
		if isFunctionWord(strings.ToLower(w)) {
			break
		}
	}
	return Span{}, false
}

// openingSubject returns the person whose clause opens the sentence
// text[from:to]: "he" or "she", or a person's name, after a conjunction
// ("But he") or an opening phrase or subordinate clause of up to twelve
// words ("Last year, he played down …", "When the subject comes up on the
// campaign trail, Fiorina routinely characterizes herself as …").
func (ix *mentionIndex) openingSubject(text string, from, to int) (Span, bool) {
	var buf [20]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, from, to, len(buf))
	k := afterConjunctions(ws)
	if k < len(ws) {
		if sp, ok := ix.personAt(text, ws[k], to); ok {
			return sp, true
		}
	}
	for j := k + 1; j < len(ws) && j <= k+12; j++ {
		if strings.Contains(text[ws[j-1].end:ws[j].start], ",") {
			if j > k+5 && !opensAdverbial(ws[k].text) {
				// "The audio was obtained by Ann Lee, Tom Berg and …": a
				// long phrase that is no adverbial is the clause itself.
				return Span{}, false
			}
			return ix.personAt(text, ws[j], to)
		}
	}
	return Span{}, false
}

// skipParenthetical returns the subject words ws[s:e] before a verb at
// ws[e] when they are only a parenthetical set off by commas ("Proponents
// of the bill, however, say", "Ayotte's campaign, for example, said"):
// then the subject is the phrase before the parenthetical's comma.
// Otherwise s and e are returned as they are.
func skipParenthetical(text string, ws []phraseWord, s, e int) (int, int) {
	if s <= 0 || s >= e || e-s > 2 || !strings.Contains(text[ws[s-1].end:ws[s].start], ",") || !strings.Contains(text[ws[e-1].end:ws[min(e, len(ws)-1)].start], ",") {
		return s, e
	}
	for k := s; k < e; k++ {
		if !inLower(parentheticals, ws[k].text) {
			return s, e
		}
	}
	e2 := s
	s2 := e2 - 1
	for s2 > 0 && !strings.ContainsAny(text[ws[s2-1].end:ws[s2].start], ",;:") && e2-s2 < 8 {
		s2--
	}
	return s2, e2
}

// parentheticals are the conjunctive adverbs and the words of the short
// phrases a writer sets off by commas between a subject and its verb
// ("however", "for example", "in turn", "meanwhile").
var parentheticals = setOf("however meanwhile though too also instead moreover therefore nonetheless nevertheless indeed for example instance in turn fact")

// opensAdverbial reports whether the word w can open an adverbial phrase
// or clause before a sentence's subject: a preposition, a subordinator,
// or a participle ("In the depths of …,", "When the subject comes up
// …,", "Flying home one night …,", "Horrified at …,").
func opensAdverbial(w string) bool {
	if inLower(clausePrepositions, w) || inLower(subordinators, w) || strings.EqualFold(w, "during") || strings.EqualFold(w, "as") {
		return true
	}
	_, size := utf8.DecodeRuneInString(w)
	return isLower(w[size:]) && len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// personAt returns the person the word w names outside quotes, before
// offset to: "he" or "she", or a mention of a person (the one a
// possessive owns).
func (ix *mentionIndex) personAt(text string, w phraseWord, to int) (Span, bool) {
	if ix.inQuote(w.start) {
		return Span{}, false
	}
	if pronounSex(text, w.start) != 0 && inLower(pronouns, w.text) {
		return Span{w.start, w.end}, true
	}
	if m, ok := ix.at(w.start); ok && m.span.Start == w.start {
		if m = ix.officeHolder(text, ix.owned(text, m, to)); ix.ents[m.ent].Kind == Person {
			return m.span, true
		}
	}
	return Span{}, false
}

// afterConjunctions returns the index of the first of the words ws that
// is no opening conjunction ("But he", "And then the judge").
func afterConjunctions(ws []phraseWord) int {
	k := 0
	for k < len(ws) && inLower(openingConjunctions, ws[k].text) {
		k++
	}
	return k
}

// openingConjunctions may stand before a sentence's subject.
var openingConjunctions = setOf("but and so yet still then")

// isTitle reports whether the quoted words s are a title ("Ask Dr.
// Mike", "Contract with America"): they open with a capital, and so does
// every word but the short function words ("with", "of").
func isTitle(s string) bool {
	s = strings.TrimSpace(s) // "“ Wild Rose ”"
	r, _ := utf8.DecodeRuneInString(s)
	if !isUpperRune(r) {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !isFunctionWord(w) {
			return false
		}
	}
	return true
}

// anyVerbAfter reads a subject and a finite verb of any meaning right
// after the closing mark at offset at, in the sentence that ends at end
// (""…," Trump barked", ""…," scoffed Ann Lee"): a pronoun or a name
// that is no place, then a lower-case word in "-ed" or "-s" that is no
// function word or adverb; or such a verb, then a person's name that ends
// the clause.
func (ix *mentionIndex) anyVerbAfter(text string, at, end int) (Span, string, bool) {
	var buf [8]phraseWord
	ws := appendWordsIn(buf[:0], text, ix.words, at, end, len(buf))
	if len(ws) < 2 || strings.TrimLeft(text[at:ws[0].start], " ") != "" {
		return Span{}, "", false
	}
	finite := func(w string) bool {
		return isLower(w) && len(w) > 3 && !isFunctionWord(w) && !isLyAdverb(w) && !strings.Contains(w, "-") &&
			(strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
	}
	// "scoffed Ann Lee": the verb first, a person after it.
	if finite(ws[0].text) {
		// The mention may run past end, the next quote's mark or the
		// bound of the sentence: then it ends no clause here.
		if m, ok := ix.at(ws[1].start); ok && m.span.Start == ws[1].start && m.span.End <= end && ix.ents[m.ent].Kind == Person {
			if rest := strings.TrimLeft(text[m.span.End:end], " "); rest == "" || strings.ContainsRune(",.", rune(rest[0])) {
				return m.span, ws[0].text, true
			}
		}
		return Span{}, "", false
	}
	var sp Span
	v := 1
	if inLower(subjectPronouns, ws[0].text) {
		sp = Span{ws[0].start, ws[0].end}
	} else if m, ok := ix.at(ws[0].start); ok && m.span.Start == ws[0].start && ix.ents[m.ent].Kind != Place {
		sp = m.span
		for v < len(ws) && ws[v].start < m.span.End {
			v++
		}
	} else if d, ok := ix.openingDescription(text, ws); ok {
		// A description up to its verb: ""Nooooo!" the crowd cried
		// out", ""…?" a staffer in the room wondered".
		sp = d
		for v < len(ws) && ws[v].start < d.End {
			v++
		}
	} else {
		return Span{}, "", false
	}
	if v < len(ws) && strings.TrimSpace(text[ws[v-1].end:ws[v].start]) == "" && finite(ws[v].text) {
		return sp, ws[v].text, true
	}
	// A verb with a particle, as the irregular pasts of speech take
	// them: "Trump shot back", "Trump went on", "she cut in".
	if v+1 < len(ws) && strings.TrimSpace(text[ws[v-1].end:ws[v].start]) == "" && text[ws[v].end:ws[v+1].start] == " " && isLower(ws[v].text) &&
		!isFunctionWord(ws[v].text) && !beForms.has(ws[v].text) && verbParticles.has(ws[v+1].text) {
		return sp, ws[v].text + " " + ws[v+1].text, true
	}
	return Span{}, "", false
}
