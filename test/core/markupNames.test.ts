import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CAPTION, CHROME, namedBits } from '../../src/core/markupNames';

test('a caption word run together with another in one word of a class name ("photobox_right", "imagecaption", "photocredit") names a caption; a story\'s box does not', () => {
  for (const names of ['photobox_right', 'imagecaption', 'photocredit', 'galleryItem', 'responsive-video__title', 'player-wrap'])
    assert.equal(namedBits(names) & CAPTION, CAPTION, names);
  for (const names of ['article-body', 'post__content', 'story-text', 'entry-content', 'captivate']) assert.equal(namedBits(names) & CAPTION, 0, names);
  assert.equal(namedBits('photobox_right') & CHROME, 0);
});

test('a name that says what an element holds beside its text ("has-image", "withImage", "styles_withImage__x") does not name it a caption; "image-caption" and "has-image caption" do', () => {
  for (const names of ['has-image', 'styles_articleDek__Icz5H styles_withImage__SSIip', 'card--with-photo', 'hasVideo']) assert.equal(namedBits(names) & CAPTION, 0, names);
  for (const names of ['image-caption', 'has-image caption', 'photo-with-caption']) assert.equal(namedBits(names) & CAPTION, CAPTION, names);
});

test('"pic", the short word for a picture, names a caption box as a whole word of a class name ("picBox", "article-pic"); a word that merely holds it ("topic", "epic") does not', () => {
  for (const names of ['picBox medium', 'article-pic', 'pic_caption', 'story-pics']) assert.equal(namedBits(names) & CAPTION, CAPTION, names);
  for (const names of ['topic-list', 'epic-story', 'picnic', 'topics']) assert.equal(namedBits(names) & CAPTION, 0, names);
});

test('a box of facts set inline in the story, named "infobox" run together with another word ("infoboxinline", "infobox_right"), names chrome; a word that merely holds "info" ("information", "info-text") does not', () => {
  for (const n of ['infoboxinline infoboxinline_33l clearfix', 'infobox_right', 'infobox']) assert.ok(namedBits(n) & CHROME, n);
  for (const n of ['information', 'info-text', 'story-info']) assert.equal(namedBits(n) & CHROME, 0, n);
});

test('a call to action and a subscription named in French, Spanish, Portuguese or Italian ("well cta-abonnement", "box-suscripcion", "assinatura-box") name chrome; a story\'s box does not', () => {
  for (const n of ['well cta-abonnement clearfix', 'cta-button', 'box-suscripcion', 'assinatura-box', 'abbonamento']) assert.ok(namedBits(n) & CHROME, n);
  for (const n of ['article-texte', 'entry-content', 'actualite', 'octa-grid']) assert.equal(namedBits(n) & CHROME, 0, n);
});

test('"comment" beside a word of a story\'s head in one name ("PageArticle_commentLead", "comment-headline") names a piece of opinion, not chrome; readers\' comments ("comment-body", "comments-area") stay chrome', () => {
  for (const n of ['PageArticle_commentLead', 'PageArticle_commentLead-content', 'ArticleHeaderComment_headline', 'comment-dek']) assert.equal(namedBits(n) & CHROME, 0, n);
  for (const n of ['comment-body', 'comments-area', 'comment', 'commentLead share-bar', 'comment-author']) assert.ok(namedBits(n) & CHROME, n);
});

test('a headline word in any of an element\'s names ("share-bar story-headline") keeps a chrome word in another from naming it chrome, whatever the order, and reads the same as each combination alone', () => {
  for (const n of ['share-bar story-headline', 'story-headline share-bar', 'newsletter-box heading', 'promo  headline_byline']) assert.equal(namedBits(n) & CHROME, 0, n);
  for (const n of ['share-bar story-body', 'story-body share-bar', 'newsletter-box x1']) assert.equal(namedBits(n) & CHROME, CHROME, n);
  // Only the flag bits of a read block come out: the names' own bits stay inside.
  for (const n of ['story-headline', 'headline share-bar', 'photo-caption heading', 'twitter-tweet']) assert.equal(namedBits(n) & ~(CAPTION | CHROME | 16), 0, n);
  // The names of one element cached one by one read as the same names read fresh.
  assert.equal(namedBits('gallery-item headline') & (CAPTION | CHROME), CAPTION);
  assert.equal(namedBits('gallery-item share-bar') & (CAPTION | CHROME), CAPTION | CHROME);
});

test('"comment" run together with another word in one word of a name ("sect_commentlinks", "commentsBlock", "addcomment", "mostcommented") names the readers\' comments, chrome; "commentary" and "commentator", a piece of opinion and its author, do not', () => {
  for (const n of ['box sect_commentlinks', 'commentsblock', 'commentlist', 'addcomment', 'allcomments', 'mostcommented', 'commentformwrapper', 'commentaires'])
    assert.ok(namedBits(n) & CHROME, n);
  for (const n of ['full news subjective commentary article page', 'sect_article commentary', 'commentator-name', 'commentaries']) assert.equal(namedBits(n) & CHROME, 0, n);
});

test("a pull quote's box ('wp-block-pullquote', 'pull-quote', 'pullQuote') is named as chrome; a quotation's or a pull request's is not", () => {
  for (const names of ['wp-block-pullquote', 'pull-quote', 'article__pullQuote']) assert.equal(namedBits(names) & CHROME, CHROME, names);
  for (const names of ['quote', 'blockquote', 'pull-request', 'wp-block-quote']) assert.equal(namedBits(names) & CHROME, 0, names);
});
