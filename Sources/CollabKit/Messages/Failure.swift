/// An error whose message a person reads: the command layer renders it in the chosen language.
public protocol Failure: Error {
    var message: Message { get }
}
