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
  // 'websocket' while the stream works; 'polling' once it could not be opened (no streamUrl, a proxy that blocks it).
  var transport = 'websocket';

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
   * The WebSocket class directlinejs uses for the stream (its `WebSocket`
   * option): the browser's own, watched. A stream that never opens (no
   * streamUrl offered, or the connection is refused) makes the page poll
   * instead; the server closing it with "conversation ended" ends the chat.
   */
  function watchedWebSocket(onFailure, onEnded) {
    var NativeWebSocket = window.WebSocket;
    return function StreamSocket(url) {
      if (!url) {
        setTimeout(onFailure, 0);
        throw new Error('no streamUrl: polling instead');
      }
      var socket = new NativeWebSocket(url);
      var opened = false;
      socket.addEventListener('open', function () {
        opened = true;
      });
      socket.addEventListener('close', function (event) {
        if (event.code === STREAM_CONVERSATION_ENDED) onEnded();
        else if (!opened) onFailure();
      });
      return socket;
    };
  }

  /** Renders Web Chat on a Direct Line connection: a new conversation (token), or an existing one (token and conversationId). */
  function connect(session) {
    var previous = currentDirectLine;
    currentDirectLine = null;
    if (previous) previous.end();
    var useWebSocket = transport === 'websocket' && typeof window.WebSocket === 'function';
    document.documentElement.setAttribute('data-transport', useWebSocket ? 'websocket' : 'polling');
    var directLine = window.WebChat.createDirectLine({
      domain: location.origin + '/v3/directline',
      webSocket: useWebSocket,
      WebSocket: useWebSocket
        ? watchedWebSocket(
            function () {
              if (directLine !== currentDirectLine || transport === 'polling') return;
              transport = 'polling';
              // The same conversation, polled: Web Chat re-reads it from the start.
              connect({ token: directLine.token, conversationId: directLine.conversationId });
            },
            function () {
              if (directLine === currentDirectLine) directLine.end();
            }
          )
        : undefined,
      token: session.token,
      conversationId: session.conversationId
    });
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
        sendTypingIndicator: false
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
      .then(function (token) {
        transport = 'websocket';
        connect({ token: token });
      })
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
