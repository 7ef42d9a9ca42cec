/* Back Relief web chat: fetches a Direct Line token from this server and renders Web Chat. */
(function () {
  'use strict';

  var ACCENT = '#0f766e';
  var BOT_NAME = 'Back Relief';

  var styleOptions = {
    accent: ACCENT,
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
    backgroundColor: '#f6f8f8',
    subtle: '#5f6b6b',

    botAvatarInitials: 'BR',
    botAvatarBackgroundColor: ACCENT,
    userAvatarInitials: 'You',
    userAvatarBackgroundColor: '#475569',
    avatarSize: 36,

    bubbleBackground: '#ffffff',
    bubbleBorderColor: '#dfe7e6',
    bubbleBorderRadius: 14,
    bubbleTextColor: '#1f2933',
    bubbleFromUserBackground: ACCENT,
    bubbleFromUserBorderColor: ACCENT,
    bubbleFromUserBorderRadius: 14,
    bubbleFromUserTextColor: '#ffffff',
    bubbleMinWidth: 120,
    bubbleMaxWidth: 520,

    suggestedActionLayout: 'flow',
    suggestedActionBorderRadius: 18,
    suggestedActionBorderColor: ACCENT,
    suggestedActionBorderWidth: 1,
    suggestedActionTextColor: ACCENT,
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBackgroundColorOnHover: '#e6f2f1',
    suggestedActionHeight: 36,

    sendBoxButtonColor: ACCENT,
    sendBoxButtonColorOnHover: '#115e59',
    sendBoxTextWrap: true,
    sendBoxPlaceholderColor: '#6b7676',
    hideUploadButton: true,

    // Adaptive Card buttons (the welcome card's topics) pressed: the accent colour.
    cardPushButtonBackgroundColor: ACCENT,
    cardPushButtonTextColor: '#ffffff',

    timestampColor: '#6b7676',

    // Answers are long on a phone: stop auto-scrolling once new messages fill the
    // screen, so that an answer is read from its start, not from its sources line.
    autoScrollSnapOnPage: true
  };

  // Phones: suggested actions in one scrollable row and smaller avatars, so that
  // a long answer keeps most of the screen.
  if (window.matchMedia && window.matchMedia('(max-width: 480px)').matches) {
    styleOptions.suggestedActionLayout = 'carousel';
    styleOptions.avatarSize = 28;
    // The user's own messages are plain from their side and colour: no avatar, more room.
    styleOptions.userAvatarInitials = '';
    styleOptions.bubbleMinWidth = 0;
  }

  var statusBox = document.getElementById('status');
  var statusText = statusBox && statusBox.querySelector('.chat__status-text');
  var retryButton = statusBox && statusBox.querySelector('.chat__retry');
  var webChatBox = document.getElementById('webchat');

  // directlinejs ConnectionStatus values that end a conversation for good.
  var EXPIRED_TOKEN = 3;
  var FAILED_TO_CONNECT = 4;
  var ENDED = 5;
  // The server's close code for a conversation it has forgotten (src/http/directLine/stream.ts).
  var STREAM_CONVERSATION_ENDED = 4404;
  var currentDirectLine = null;

  /** A message over the chat; as a banner the transcript stays readable above it. */
  function showStatus(message, canRetry, asBanner) {
    if (!statusBox) return;
    statusBox.hidden = false;
    statusBox.classList.toggle('chat__status--banner', Boolean(asBanner));
    if (statusText) statusText.textContent = message;
    if (retryButton) {
      retryButton.hidden = !canRetry;
      retryButton.textContent = asBanner ? 'Start a new conversation' : 'Try again';
    }
  }

  function hideStatus() {
    if (statusBox) statusBox.hidden = true;
  }

  function postJson(url) {
    return fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json' }
    });
  }

  /** A token for a new conversation: the page's own route first, then Direct Line's tokens/generate. */
  function fetchToken() {
    return postJson('/api/webchat/token')
      .then(function (response) {
        if (response.status === 404 || response.status === 405) {
          return postJson(location.origin + '/v3/directline/tokens/generate');
        }
        return response;
      })
      .then(function (response) {
        if (!response.ok) throw new Error('token request failed: HTTP ' + response.status);
        return response.json();
      })
      .then(function (body) {
        if (!body || typeof body.token !== 'string') throw new Error('token response has no token');
        return body.token;
      });
  }

  /**
   * Web Chat's createDirectLine takes no WebSocket class, so the page watches
   * the browser's own: a stream that closes without ever opening (a proxy
   * that blocks WebSockets) makes this conversation fall back to polling, and
   * the server closing it with "conversation ended" ends the chat.
   */
  var streamWatchers = [];
  (function watchWebSockets() {
    var NativeWebSocket = window.WebSocket;
    if (typeof NativeWebSocket !== 'function') return;
    function WatchedWebSocket(url, protocols) {
      var socket = protocols === undefined ? new NativeWebSocket(url) : new NativeWebSocket(url, protocols);
      var opened = false;
      socket.addEventListener('open', function () {
        opened = true;
      });
      socket.addEventListener('close', function (event) {
        streamWatchers.forEach(function (watcher) {
          watcher(String(url), opened, event.code);
        });
      });
      return socket;
    }
    WatchedWebSocket.prototype = NativeWebSocket.prototype;
    ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED'].forEach(function (name) {
      WatchedWebSocket[name] = NativeWebSocket[name];
    });
    window.WebSocket = WatchedWebSocket;
  })();

  /** Starts the conversation: its id, and a streamUrl when the server offers a WebSocket stream. */
  function startConversation(token) {
    return fetch(location.origin + '/v3/directline/conversations', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
      body: '{}'
    })
      .then(function (response) {
        if (!response.ok) throw new Error('starting the conversation failed: HTTP ' + response.status);
        return response.json();
      })
      .then(function (body) {
        if (!body || typeof body.conversationId !== 'string') throw new Error('no conversationId');
        return { token: body.token || token, conversationId: body.conversationId, streamUrl: body.streamUrl };
      });
  }

  /**
   * Web Chat renders the same message's Markdown again each time the
   * transcript re-renders (the bot's answer two or three times as it arrives,
   * about 13 ms each on a phone-class CPU, while the answer is waiting to be
   * shown). The renderer is a pure function of its arguments, so its HTML is
   * kept for the most recent texts.
   */
  function memoizedMarkdown(render, capacity) {
    var cache = new Map();
    return function (markdown, options, extra) {
      var key;
      try {
        key = JSON.stringify([markdown, options, extra]);
      } catch (error) {
        return render(markdown, options, extra);
      }
      if (cache.has(key)) {
        var hit = cache.get(key);
        // Most recently used last, so the oldest is evicted first.
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      var html = render(markdown, options, extra);
      cache.set(key, html);
      if (cache.size > capacity) cache.delete(cache.keys().next().value);
      return html;
    };
  }
  var renderMarkdown = window.WebChat && typeof window.WebChat.renderMarkdown === 'function' ? memoizedMarkdown(window.WebChat.renderMarkdown, 100) : undefined;

  /**
   * Renders Web Chat on a started conversation: streamed over the WebSocket
   * when the server offered a streamUrl, otherwise polled (once a second).
   */
  function connect(session) {
    var previous = currentDirectLine;
    currentDirectLine = null;
    if (previous) previous.end();
    var stream = typeof window.WebSocket === 'function' && Boolean(session.streamUrl);
    document.documentElement.setAttribute('data-transport', stream ? 'websocket' : 'polling');
    // Not given the streamUrl: directlinejs then reconnects to the conversation itself (a fresh
    // streamUrl) and keeps its token refreshed, which it skips for a streamUrl handed in.
    var directLine = window.WebChat.createDirectLine({
      domain: location.origin + '/v3/directline',
      webSocket: stream,
      token: session.token,
      conversationId: session.conversationId
    });
    streamWatchers = [
      function (url, opened, code) {
        if (directLine !== currentDirectLine || url.indexOf('/conversations/' + encodeURIComponent(session.conversationId) + '/stream') < 0) return;
        if (code === STREAM_CONVERSATION_ENDED) {
          directLine.end();
        } else if (!opened) {
          // The same conversation, polled: Web Chat re-reads it from the start.
          connect({ token: directLine.token, conversationId: session.conversationId });
        }
      }
    ];
    currentDirectLine = directLine;
    directLine.connectionStatus$.subscribe({
      next: function (status) {
        if (directLine !== currentDirectLine) return;
        if (status === ENDED || status === EXPIRED_TOKEN) {
          showStatus('This conversation has ended.', true, true);
        } else if (status === FAILED_TO_CONNECT) {
          showStatus('Could not reach ' + BOT_NAME + '.', true, true);
        }
      }
    });
    // A fresh element each time, so a new conversation starts with an empty transcript.
    var host = document.createElement('div');
    host.className = 'chat__host';
    webChatBox.replaceChildren(host);
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        styleOptions: styleOptions,
        locale: 'en-US',
        sendTypingIndicator: false,
        renderMarkdown: renderMarkdown
      },
      host
    );
    hideStatus();
  }

  function start() {
    if (!window.WebChat) {
      showStatus('The chat could not load. Please reload the page.', true);
      return;
    }
    showStatus('Connecting…', false);
    fetchToken()
      .then(startConversation)
      .then(connect)
      .catch(function (error) {
        if (window.console) console.error('Back Relief chat:', error);
        showStatus('Sorry, ' + BOT_NAME + ' is not available right now.', true);
      });
  }

  if (retryButton) {
    retryButton.addEventListener('click', function () {
      start();
    });
  }

  start();
})();
